# Aprendizaje: el curso, los módulos, las lecciones, los cuestionarios, el panel personal, el glosario.

nav-main = Navegación principal
nav-learn = Curso
nav-dashboard = Mi aprendizaje
breadcrumb = Usted está aquí
learn-course = Curso
learn-module = Módulo
learn-module-map = Módulos
learn-compulsory = Obligatorio
learn-optional = Optativo
learn-module-complete = Completado
learn-locked = Bloqueado
learn-done = Completada
learn-lessons = Lecciones
learn-objectives = Lo que podrá hacer
learn-languages = Disponible en:
learn-lessons-count = { $count ->
    [one] { $count } lección
   *[other] { $count } lecciones
}
learn-minutes = { $minutes ->
    [one] aproximadamente { $minutes } minuto
   *[other] aproximadamente { $minutes } minutos
}
learn-percent-done = { $percent }% completado
learn-progress-of = Progreso en { $module }
learn-opens-after = Disponible cuando complete:
learn-locked-explained = Este módulo estará disponible cuando haya completado:
learn-rule = { $count ->
    [one] El módulo básico es obligatorio. Para completar el curso, complételo junto con { $count } módulo optativo de su elección.
   *[other] El módulo básico es obligatorio. Para completar el curso, complételo junto con { $count } módulos optativos de su elección.
}
learn-sign-up-to-start = Cree una cuenta gratuita para empezar
learn-enrol-title = Empezar el curso
learn-plan-title = Su plan de aprendizaje
learn-plan-intro = { $count ->
    [one] Elija los módulos optativos que se ajusten a su trabajo. Para completar el curso necesita { $count }; puede cambiar su elección en cualquier momento.
   *[other] Elija los módulos optativos que se ajusten a su trabajo. Para completar el curso necesita { $count }; puede cambiar su elección en cualquier momento.
}
learn-plan-legend = Módulos optativos
learn-plan-save = Guardar mi plan
learn-enrol = Empezar el curso
learn-enrol-first = Primero empiece el curso: elija sus módulos optativos en la página del curso.
learn-notice-enrol-first = Para leer las lecciones y hacer los cuestionarios, empiece primero el curso.
learn-notice-enrolled = Le damos la bienvenida al curso. Empiece por el módulo básico.
learn-notice-plan-saved = Su plan de aprendizaje se ha guardado.
learn-course-complete = Enhorabuena: ha completado el curso.
learn-continue = Continuar: { $lesson }
learn-continue-button = Siguiente
learn-dashboard-link = Mi aprendizaje
learn-dashboard-title = Mi aprendizaje
learn-my-modules = Mis módulos
learn-optional-progress = { $count ->
    [one] Módulos optativos completados: { $done } (se necesita { $count }).
   *[other] Módulos optativos completados: { $done } (se necesitan { $count }).
}
learn-next-lesson = Próxima lección: { $title }
learn-next-quiz = Hacer el cuestionario: { $title }
learn-quiz-results = Resultados de los cuestionarios
learn-best = Mejor puntuación
learn-attempts = Intentos
learn-change-plan = Cambiar mi plan de aprendizaje

learn-lesson-position = Lección { $position } de { $count }
learn-in-this-lesson = En esta lección
learn-key-terms = Términos clave
learn-mark-done = Marcar como completada y continuar
learn-lesson-navigation = Lecciones de este módulo
learn-not-translated = Esta lección todavía no está disponible en su idioma. Versión que se muestra: { $language }.
learn-translation-stale = El original de esta lección ha cambiado desde que se tradujo: es posible que esta traducción no esté actualizada.
learn-translation-draft = Esta traducción todavía no se ha revisado.
learn-glossary-title = Glosario

callout-key-idea = Idea clave
callout-case-study = Estudio de caso
callout-example = Ejemplo
callout-reflection = Para reflexionar
callout-scenario = Escenario

learn-quiz = Cuestionario
learn-take-quiz = Hacer el cuestionario
learn-quiz-intro = { $mark ->
   *[other] Responda a las preguntas y, después, envíe sus respuestas. Se aprueba con un { $mark }% o más, y puede intentarlo tantas veces como quiera: cuenta su mejor puntuación.
}
learn-best-score = { $score ->
   *[other] Su mejor puntuación: { $score }%.
}
learn-choose-all = Elija todas las respuestas que correspondan.
learn-order-hint = Indique la posición de cada elemento en el orden, empezando por el 1.
learn-choose = Elegir…
learn-true = Verdadero
learn-false = Falso
learn-your-answer = Su respuesta
learn-submit-quiz = Enviar mis respuestas
learn-submit-again = Volver a enviar mis respuestas
learn-your-score = { $score ->
   *[other] Su puntuación: { $score }%
}
learn-quiz-passed = Ha aprobado. ¡Buen trabajo!
learn-quiz-not-passed = { $mark ->
   *[other] Todavía no ha aprobado: necesita un { $mark }%. Lea los comentarios que aparecen a continuación y vuelva a intentarlo.
}
learn-try-again = Volver a intentarlo
learn-back-to-module = Volver al módulo
learn-answer-right = Correcto.
learn-answer-partly = Parcialmente correcto.
learn-answer-wrong = Incorrecto.
learn-answer-missing = Sin responder.

error-unknown-module = Este módulo no forma parte del curso. Elija uno de la lista.
error-quiz-forged = Estas respuestas no coinciden con el cuestionario. Vuelva a cargar la página del cuestionario y responda de nuevo.
error-module-locked = Este módulo todavía está bloqueado. Su página en el curso indica qué módulos hay que completar para desbloquearlo.

guides-title = Guías
guides-intro = Cómo aprender con la caja de herramientas y cómo organizar una formación presencial a partir de ella.
guides-for-learners = Para participantes
guides-for-facilitators = Para facilitadores
nav-guides = Guías
