# Cuentas: registro, inicio de sesión, perfil, restablecimiento de la contraseña.

field-name = Nombre completo
field-email = Correo electrónico
field-password = Contraseña
field-organisation = Organización
field-organisation-type = Tipo de organización
field-country = País
field-preferred-language = Idioma preferido
field-current-password = Contraseña actual
field-new-password = Nueva contraseña
hint-password = { $count ->
    [one] Al menos { $count } carácter. Una frase corta es fácil de recordar y difícil de adivinar.
   *[other] Al menos { $count } caracteres. Una frase corta es fácil de recordar y difícil de adivinar.
}

org-type-local-authority = Autoridad local o regional
org-type-civil-society = Organización de la sociedad civil
org-type-migrant-association = Asociación de migrantes o de la diáspora
org-type-academia = Ámbito académico o investigación
org-type-international-organisation = Organización internacional
org-type-other = Otro

error-choose-organisation-type = Elija el tipo de su organización.
error-choose-language = Elija uno de los cuatro idiomas.
error-email-invalid = Escriba una dirección de correo electrónico con el formato name@example.org.
error-email-taken = Ya existe una cuenta con esta dirección de correo electrónico. Inicie sesión o, si ha olvidado su contraseña, restablézcala.
error-password-too-short = Esta contraseña es demasiado corta. Use al menos 10 caracteres.
error-password-too-long = Esta contraseña es demasiado larga. Use como máximo 128 caracteres.
error-password-common = Esta contraseña es demasiado fácil de adivinar. Elija una menos común, por ejemplo una frase corta.
error-sign-in-failed = La dirección de correo electrónico o la contraseña no son correctas. Vuelva a intentarlo.
error-sign-in-locked = { $minutes ->
    [one] Demasiados intentos fallidos. Por su seguridad, el inicio de sesión está en pausa: vuelva a intentarlo dentro de { $minutes } minuto o restablezca su contraseña.
   *[other] Demasiados intentos fallidos. Por su seguridad, el inicio de sesión está en pausa: vuelva a intentarlo dentro de { $minutes } minutos o restablezca su contraseña.
}
error-current-password-wrong = Su contraseña actual no es correcta.

sign-up-title = Cree su cuenta
sign-up-intro = Una cuenta guarda su progreso, sus certificados y su lugar en la comunidad. Es gratuita.
sign-up-submit = Crear mi cuenta
sign-up-have-account = ¿Ya tiene una cuenta?

sign-in-title = Iniciar sesión
sign-in-submit = Iniciar sesión
sign-in-forgot = ¿Ha olvidado su contraseña?
sign-in-no-account = ¿Primera visita?

notice-password-reset = Su contraseña se ha cambiado. Ya puede iniciar sesión con ella.
notice-signed-out = Ha cerrado la sesión.
notice-profile-saved = Su perfil se ha guardado.
notice-password-changed = Su contraseña se ha cambiado. Se ha cerrado la sesión en los demás dispositivos.

profile-title = Su perfil
profile-member-since = Miembro desde
profile-details = Sus datos
profile-save = Guardar mi perfil
profile-change-password = Cambiar mi contraseña

reset-title = Restablecer su contraseña
reset-intro = Escriba la dirección de correo electrónico de su cuenta. Le enviaremos un enlace para elegir una nueva contraseña.
reset-submit = Enviarme un enlace
reset-sent = Si existe una cuenta con esta dirección, le hemos enviado un enlace. El enlace funciona una sola vez, durante una hora. Si no lo recibe, revise su carpeta de correo no deseado.
reset-new-title = Elija una nueva contraseña
reset-new-submit = Guardar mi nueva contraseña
reset-link-invalid = Este enlace ya no funciona: ya se ha utilizado o ha pasado más de una hora.
reset-ask-again = Solicitar un nuevo enlace
reset-mail-subject = Su contraseña de M4D Toolbox
reset-mail-greeting = Hola, { $name }:
reset-mail-body = Se ha solicitado restablecer la contraseña de su cuenta de M4D Toolbox. Para elegir una nueva contraseña, abra el enlace que aparece arriba. Funciona una sola vez, durante una hora. Si no ha hecho esta solicitud, puede ignorar este correo: su contraseña seguirá siendo la misma.
