# Shared by every page: the site frame, form furniture, error pages.

site-name = M4D Toolbox
skip-to-content = Skip to content
nav-account = Your account
nav-signed-in-as = Signed in as
nav-admin = Administration
nav-sign-in = Sign in
nav-sign-up = Create an account
nav-sign-out = Sign out
nav-languages = Languages
footer-about = M4D Toolbox: learning and tools on migration and local development, free and open source.

field-optional = (optional)
form-has-problems = Please correct the following
pager-label = Pages
pager-previous = Previous page
pager-next = Next page
pager-position = Page { $page } of { $pages }

error-title-not-found = Page not found
error-title-forbidden = Not allowed
error-title-too-many-requests = Too many attempts
error-title-internal = Something went wrong
error-title-bad-request = This request could not be handled
error-not-found = We could not find this page. Check the address, or start again from the home page.
error-forbidden = Your account does not have permission to open this page. If you need it, ask an administrator.
error-too-many-requests = Too many attempts in a short time. Please wait a few minutes and try again.
error-payload-too-large = What you sent is too large. Please shorten it and try again.
error-method-not-allowed = This address cannot be used this way. Please go back and use the page's links and buttons.
error-internal = An error on our side stopped this page. Nothing you typed was saved half-way; please try again in a moment.
error-bad-form = The form arrived incomplete. Please go back, check it and send it again.
error-form-expired = This form had expired, so nothing was saved. We kept what you typed: please check it and send it again.
error-request-id = If you report this problem, please quote this reference: { $id }
error-go-home = Go to the home page
error-required = Please fill in this field.
error-too-long = This is too long. Please shorten it.
error-invalid-characters = This contains characters that cannot be used. Please remove them.
