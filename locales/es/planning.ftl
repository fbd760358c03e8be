nav-planning = Herramienta de planificación
planning-title = Herramienta de planificación
planning-no-set = Todavía no se ha cargado ningún conjunto de indicadores. Un administrador lo importa mediante un paquete de contenidos.
planning-indicator-count = { $count ->
    [one] Un indicador, en secciones que puede responder de una en una.
   *[other] { $count } indicadores, en secciones que puede responder de una en una.
}
planning-sign-in-to-start = Inicie sesión para empezar o continuar una evaluación.
planning-my-assessments = Sus evaluaciones
planning-none-yet = Todavía no participa en ninguna evaluación. Empiece una a continuación o pida una invitación a su coordinador.
planning-assessment-heading = { $territory }, ronda { $round }
planning-start-title = Empezar una evaluación
planning-start-local-authority-only = Una evaluación la empieza una persona de una autoridad local o regional. Si es su caso, indíquelo en su perfil; los socios se unen por invitación.
planning-edit-profile = Editar su perfil
planning-field-territory = Territorio
planning-hint-territory = El municipio, el distrito o la región que evalúa, tal como lo llaman sus habitantes.
planning-start-button = Empezar la evaluación
planning-error-local-authority = Solo un miembro de una autoridad local o regional puede empezar una evaluación. Actualice su perfil o pida a su autoridad que le invite.
planning-error-territory = Indique el nombre del territorio (200 caracteres como máximo).
planning-error-country = Elija el país de la lista.
planning-error-no-set = No hay ningún conjunto de indicadores cargado, así que todavía no se puede empezar ninguna evaluación.
planning-status = Estado
planning-status-open = abierta a respuestas
planning-status-closed = cerrada
planning-published = perfil publicado
planning-role-coordinator = coordinador
planning-role-respondent = persona que responde
planning-sections = Secciones por responder
planning-section = Sección
planning-indicators = Indicadores
planning-answered-by-me = Respondidos por usted
planning-answered-by-anyone = Respondidos por alguien
planning-results = Resultados
planning-profile-title = Perfil
planning-plan-title = Plan de acción
planning-answers-csv = Todas las respuestas (CSV)
planning-review-title = Revisar las respuestas
planning-differing-count = { $count ->
    [0] ninguna respuesta discrepante
    [one] un indicador con respuestas discrepantes
   *[other] { $count } indicadores con respuestas discrepantes
}
planning-members = Miembros
planning-invitations = Invitaciones
planning-invitation-accepted = aceptada
planning-invitation-pending = pendiente
planning-invitation-expired = caducada
planning-invite-email = Invitar a un colega o socio por correo electrónico
planning-hint-invite = La persona invitada recibe un enlace válido durante 14 días y responde con su propia cuenta.
planning-invite-button = Enviar la invitación
planning-error-already-member = Esta persona ya es miembro de la evaluación.
planning-error-already-invited = Hay una invitación a esta dirección que todavía no se ha aceptado.
planning-coordinator = Herramientas del coordinador
planning-close-button = Cerrar esta ronda
planning-repeat-button = Empezar la siguiente ronda
planning-publish-button = Publicar el perfil
planning-unpublish-button = Dejar de publicar el perfil
planning-privacy = Solo los miembros ven la evaluación. Al publicarla, todo el mundo puede ver el perfil, pero no las respuestas.
planning-level = Nivel
planning-level-absent = Ausente
planning-level-partial = Parcial
planning-level-complete = Completo
planning-level-na = No aplica
planning-evidence = Evidencias
planning-links = Enlaces a las evidencias
planning-hint-links = Una dirección web por línea, que empiece por https://
planning-save-section = Guardar esta sección
planning-saved = Sus respuestas se han guardado.
planning-back-to-overview = Volver a la evaluación
planning-back-to-list = Volver a la herramienta de planificación
planning-error-round-closed = Esta ronda está cerrada: las respuestas ya no se pueden cambiar.
planning-error-unknown-indicator = El formulario menciona un indicador que no está en esta sección.
planning-error-unknown-level = El formulario ha enviado un nivel que no existe.
planning-error-choose-level = Elija un nivel: ausente, parcial, completo o no aplica.
planning-error-too-long = Este texto es demasiado largo: las evidencias deben tener menos de 4000 caracteres, y los enlaces, menos de 2000.
planning-error-links = Escriba cada enlace en una línea distinta, empezando por https:// o http://.
planning-error-conflict = Otra persona guardó una respuesta distinta para este indicador después de que usted abriera la página. Se muestran las dos: revíselas y vuelva a guardar para conservar la suya.
planning-conflict-saved = Guardado mientras tanto:
planning-conflict-yours = Su respuesta se conserva a continuación, pero no se ha guardado.
planning-error-reason = Indique el motivo del nivel que ha elegido.
planning-error-close-first = Cierre esta ronda antes de empezar la siguiente.
planning-invitation-title = Invitación a una evaluación
planning-invitation-intro = Le invitamos a responder a la autoevaluación de { $territory }.
planning-accept-button = Aceptar y participar
planning-invitation-used = Esta invitación ya se ha utilizado. Si la aceptó, la evaluación aparece en su lista.
planning-invitation-expired-message = Esta invitación ha caducado. Pida al coordinador que vuelva a invitarle.
planning-invitation-other-address = Esta invitación se envió a otra dirección de correo electrónico. Inicie sesión con esa dirección o pida al coordinador que le invite.
planning-invitation-mail-subject = Invitación: autoevaluación de { $territory } sobre migración y desarrollo local
planning-invitation-mail-body = { $name } le invita a responder a la autoevaluación de { $territory } en M4D Toolbox. Abra este enlace para participar:
planning-invitation-mail-expiry = { $days ->
    [one] El enlace funciona durante un día.
   *[other] El enlace funciona durante { $days } días.
}
planning-review-intro = Quién respondió qué, indicador por indicador. Cuando las respuestas no coincidan, elija el nivel que se adopta y explique por qué; el motivo queda registrado.
planning-review-empty = Todavía no ha respondido nadie.
planning-standing-differs = respuestas discrepantes
planning-standing-unanswered = sin responder
planning-resolved-as = Nivel acordado:
planning-resolve-level = Nivel que se adopta
planning-resolve-reason = Motivo
planning-resolve-button = Registrar la decisión
planning-profile-intro = Lo que está bien desarrollado y lo que tiene potencial de mayor desarrollo, por sección y por sector. Es una imagen para planificar, no una puntuación ni una clasificación.
planning-print-hint = Para imprimir o guardar como PDF, use la función de impresión de su navegador: los menús y los formularios no se incluyen.
planning-open-count = { $count ->
    [one] Un indicador todavía no tiene respuesta o tiene respuestas discrepantes.
   *[other] { $count } indicadores todavía no tienen respuesta o tienen respuestas discrepantes.
}
planning-by-subcategory = Por sección
planning-by-sector = Por sector
planning-sector = Sector
planning-chart = Gráfico
planning-bar-text = { $complete } en nivel completo, { $partial } con potencial de mayor desarrollo
planning-bar-open = { $count ->
    [0] {""}
    [one] , uno pendiente
   *[other] , { $count } pendientes
}
planning-well-developed = Bien desarrollado
planning-potential = Potencial de mayor desarrollo
planning-change-title = Cambios desde la ronda anterior
planning-previous-round = Ronda anterior
planning-this-round = Esta ronda
planning-csv-indicator = Indicador
planning-csv-statement = Enunciado
planning-csv-subcategory = Sección
planning-csv-sectors = Sectores
planning-csv-respondent = Persona que responde
planning-csv-level = Nivel
planning-csv-evidence = Evidencias
planning-csv-links = Enlaces
planning-csv-updated = Actualización
planning-csv-resolution = Decisión del coordinador
planning-csv-reason = Motivo
planning-plan-intro = Convierta cada carencia en acciones con un responsable, unos socios y una fecha límite. Las lecciones y buenas prácticas vinculadas a cada carencia pueden ayudarle.
planning-plan-csv = Descargar el plan (CSV)
planning-actions = Acciones
planning-no-actions = Todavía no hay acciones.
planning-gaps = Carencias y recursos útiles
planning-no-gaps = Todavía no hay ningún indicador acordado como ausente o parcial.
planning-suggested-lessons = Lecciones útiles:
planning-suggested-practices = Buenas prácticas de las que aprender:
planning-add-action = Añadir una acción
planning-add-action-button = Añadir la acción
planning-action-title = Acción
planning-action-owner = Responsable
planning-action-partners = Socios
planning-action-due = Fecha límite
planning-action-status = Estado
planning-action-update = Actualizar
planning-action-status-planned = prevista
planning-action-status-in-progress = en curso
planning-action-status-done = realizada
planning-action-status-dropped = descartada
planning-hint-date = Año, mes y día; por ejemplo, 2027-06-30.
planning-error-action-indicator = Elija la carencia a la que responde esta acción.
planning-error-action-title = Indique en qué consiste la acción (500 caracteres como máximo).
planning-error-action-owner = Indique quién es responsable de la acción (500 caracteres como máximo).
planning-error-action-date = Indique la fecha límite con el formato año-mes-día; por ejemplo, 2027-06-30.
planning-error-action-status = Elija un estado de la lista.
planning-error-publish-closed = Cierre la ronda antes de publicar su perfil: solo se publica una ronda terminada.
planning-error-repeated = La siguiente ronda de esta evaluación ya ha comenzado.
planning-legend-open = Sin respuesta todavía, o respuestas distintas
