package nl.matchpunt.dashboard;

/**
 * One page of the clients waiting more than 60 days, longest first.
 *
 * @param filter the filter as applied (narrowed to the user's organisation)
 * @param table the clients of this page
 * @param total how many clients the whole list holds
 * @param page the page shown, from 0
 * @param pages the number of pages (at least 1)
 */
public record WaitingList(DashboardFilter filter, FigureTable table, int total, int page, int pages) {}
