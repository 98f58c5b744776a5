package dk.ringtjek.account;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.jboss.resteasy.reactive.RestForm;

/** The admin's form for a new staff account. The password is never shown again, not even on an error. */
public class NewAccountForm {

    @RestForm
    @NotBlank(message = "form.error.required")
    @Pattern(regexp = StaffAccount.USERNAME_PATTERN, message = "account.error.username")
    public String username;

    @RestForm
    @NotNull(message = "form.error.required")
    public String password;

    @RestForm("roles")
    @NotEmpty(message = "account.error.roles")
    public List<String> roles = new ArrayList<>();

    public static NewAccountForm empty() {
        NewAccountForm form = new NewAccountForm();
        form.username = "";
        return form;
    }

    /** The roles ticked, ignoring any value that is not a role. */
    public Set<StaffRole> chosenRoles() {
        Set<StaffRole> chosen = EnumSet.noneOf(StaffRole.class);
        roles.forEach(id -> StaffRole.fromId(id).ifPresent(chosen::add));
        return chosen;
    }

    /** For ticking the boxes again when the form comes back with an error. */
    public boolean hasRole(String id) {
        return roles.contains(id);
    }
}
