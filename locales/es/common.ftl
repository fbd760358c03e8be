# Compartido por todas las páginas: el marco del sitio, los elementos de los formularios, las páginas de error.

site-name = M4D Toolbox
skip-to-content = Ir al contenido
nav-account = Su cuenta
nav-signed-in-as = Sesión iniciada como
nav-admin = Administración
nav-sign-in = Iniciar sesión
nav-sign-up = Crear una cuenta
nav-sign-out = Cerrar sesión
nav-languages = Idiomas
footer-about = M4D Toolbox: aprendizaje y herramientas sobre migración y desarrollo local, gratuitos y de código abierto.

field-optional = (opcional)
form-has-problems = Corrija lo siguiente, por favor
pager-label = Páginas
pager-previous = Página anterior
pager-next = Página siguiente
pager-position = Página { $page } de { $pages }

error-title-not-found = Página no encontrada
error-title-forbidden = Acceso no permitido
error-title-too-many-requests = Demasiados intentos
error-title-internal = Se ha producido un error
error-title-bad-request = No se ha podido procesar esta solicitud
error-not-found = No hemos encontrado esta página. Compruebe la dirección o vuelva a empezar desde la página de inicio.
error-forbidden = Su cuenta no tiene permiso para abrir esta página. Si la necesita, solicítelo a un administrador.
error-too-many-requests = Demasiados intentos en poco tiempo. Espere unos minutos y vuelva a intentarlo.
error-payload-too-large = Lo que ha enviado es demasiado grande. Acórtelo y vuelva a intentarlo.
error-method-not-allowed = Esta dirección no se puede usar de esta manera. Vuelva atrás y utilice los enlaces y botones de la página.
error-internal = Un error de nuestra parte ha interrumpido esta página. Nada de lo que escribió se ha guardado a medias; vuelva a intentarlo dentro de un momento.
error-bad-form = El formulario ha llegado incompleto. Vuelva atrás, revíselo y envíelo de nuevo.
error-form-expired = Este formulario había caducado, por lo que no se ha guardado nada. Hemos conservado lo que escribió: revíselo y envíelo de nuevo.
error-request-id = Si informa de este problema, indique esta referencia: { $id }
error-go-home = Ir a la página de inicio
error-required = Complete este campo.
error-too-long = El texto es demasiado largo. Acórtelo, por favor.
error-invalid-characters = El texto contiene caracteres que no se pueden usar. Elimínelos, por favor.
