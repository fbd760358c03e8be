# The home page.

home-title = Migration and local development, in practice
home-lead = Free learning and tools for local and regional authorities, civil society, migrant and diaspora associations, researchers and international organisations.
home-learning-title = Learn
home-learning-text = A core module and five optional modules, at your own pace or in a face-to-face training, with quizzes and a certificate.
home-library-title = Library
home-library-text = Guides, good practices and success stories from territories of origin, transit and destination.
home-planning-title = Plan
home-planning-text = Assess how far migration is built into your local development planning, and turn the gaps into an action plan.
home-community-title = Connect
home-community-text = Join a network of practitioners, with moderated e-discussions, events and news.
home-join = Create a free account
home-welcome-new = Welcome, { $name }! Your account is ready.
home-welcome-back = Welcome back, { $name }.
