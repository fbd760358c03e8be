# Accounts: sign-up, sign-in, profile, password reset.

field-name = Full name
field-email = Email address
field-password = Password
field-organisation = Organisation
field-organisation-type = Type of organisation
field-country = Country
field-preferred-language = Preferred language
field-current-password = Current password
field-new-password = New password
hint-password = { $count ->
    [one] At least { $count } character. A short sentence is easy to remember and hard to guess.
   *[other] At least { $count } characters. A short sentence is easy to remember and hard to guess.
}

org-type-local-authority = Local or regional authority
org-type-civil-society = Civil society organisation
org-type-migrant-association = Migrant or diaspora association
org-type-academia = Academia or research
org-type-international-organisation = International organisation
org-type-other = Other

error-choose-organisation-type = Please choose the type of your organisation.
error-choose-language = Please choose one of the four languages.
error-email-invalid = Please enter an email address in the form name@example.org.
error-email-taken = An account with this email address already exists. Sign in, or reset your password if you forgot it.
error-password-too-short = This password is too short. Please use at least 10 characters.
error-password-too-long = This password is too long. Please use at most 128 characters.
error-password-common = This password is too easy to guess. Please choose a less common one, such as a short sentence.
error-sign-in-failed = The email address or the password is not right. Please try again.
error-sign-in-locked = { $minutes ->
    [one] Too many failed attempts. For your security, sign-in is paused: please try again in { $minutes } minute, or reset your password.
   *[other] Too many failed attempts. For your security, sign-in is paused: please try again in { $minutes } minutes, or reset your password.
}
error-current-password-wrong = Your current password is not right.

sign-up-title = Create your account
sign-up-intro = An account keeps your progress, your certificates and your place in the community. It is free.
sign-up-submit = Create my account
sign-up-have-account = Already have an account?

sign-in-title = Sign in
sign-in-submit = Sign in
sign-in-forgot = Forgot your password?
sign-in-no-account = New here?

notice-password-reset = Your password was changed. You can now sign in with it.
notice-signed-out = You are signed out.
notice-profile-saved = Your profile was saved.
notice-password-changed = Your password was changed. Other devices have been signed out.

profile-title = Your profile
profile-member-since = Member since
profile-details = Your details
profile-save = Save my profile
profile-change-password = Change my password

reset-title = Reset your password
reset-intro = Enter the email address of your account. We will send you a link to choose a new password.
reset-submit = Send me a link
reset-sent = If an account exists for this address, we have sent it a link. The link works once, for one hour. Check your spam folder if it does not arrive.
reset-new-title = Choose a new password
reset-new-submit = Save my new password
reset-link-invalid = This link does not work any more: it has been used already, or more than one hour has passed.
reset-ask-again = Ask for a new link
reset-mail-subject = Your M4D Toolbox password
reset-mail-greeting = Hello { $name },
reset-mail-body = Someone asked to reset the password of your M4D Toolbox account. To choose a new password, open the link above. It works once, for one hour. If you did not ask for this, you can ignore this email: your password stays the same.
