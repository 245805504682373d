package nl.matchpunt.organisations;

import java.io.Serial;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The security principal: Spring Security's user (equal by username, which the session registry relies on to
 * end a disabled account's sessions) carrying the {@link CurrentUser}.
 */
public class MatchpuntUserDetails extends User {

    @Serial
    private static final long serialVersionUID = 1L;

    private final CurrentUser currentUser;

    MatchpuntUserDetails(CurrentUser currentUser, String passwordHash, boolean enabled) {
        super(
                currentUser.username(),
                passwordHash,
                enabled,
                true,
                true,
                true,
                List.of(new SimpleGrantedAuthority(currentUser.role().authority())));
        this.currentUser = currentUser;
    }

    public CurrentUser currentUser() {
        return currentUser;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
