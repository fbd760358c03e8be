# La página de inicio.

home-title = Migración y desarrollo local, en la práctica
home-lead = Aprendizaje y herramientas gratuitos para autoridades locales y regionales, sociedad civil, asociaciones de migrantes y de la diáspora, investigadores y organizaciones internacionales.
home-learning-title = Aprender
home-learning-text = Un módulo básico y cinco módulos optativos, a su propio ritmo o en una formación presencial, con cuestionarios y un certificado.
home-library-title = Biblioteca
home-library-text = Guías, buenas prácticas y casos de éxito de territorios de origen, tránsito y destino.
home-planning-title = Planificar
home-planning-text = Evalúe en qué medida la migración está integrada en su planificación del desarrollo local y convierta las carencias en un plan de acción.
home-community-title = Conectar
home-community-text = Únase a una red de profesionales, con debates en línea moderados, eventos y noticias.
home-join = Crear una cuenta gratuita
home-welcome-new = ¡Le damos la bienvenida, { $name }! Su cuenta está lista.
home-welcome-back = Hola de nuevo, { $name }.
