// The dashboard's sections open and close; a section the user closed stays closed on their next visit, in this
// browser only (nothing about it is sent to the server).
document.querySelectorAll('details.dashboard-section').forEach(function (section) {
  var key = 'matchpunt.dashboard.closed.' + section.id;
  if (window.localStorage.getItem(key) === 'yes') {
    section.open = false;
  }
  section.addEventListener('toggle', function () {
    if (section.open) {
      window.localStorage.removeItem(key);
    } else {
      window.localStorage.setItem(key, 'yes');
    }
  });
});
