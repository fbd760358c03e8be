# Learning: the course, modules, lessons, quizzes, dashboard, glossary.

nav-main = Main
nav-learn = Course
nav-dashboard = My learning
breadcrumb = You are here
learn-course = Course
learn-module = Module
learn-module-map = Modules
learn-compulsory = Compulsory
learn-optional = Optional
learn-module-complete = Complete
learn-locked = Locked
learn-done = Done
learn-lessons = Lessons
learn-objectives = What you will be able to do
learn-languages = Available in:
learn-lessons-count = { $count ->
    [one] { $count } lesson
   *[other] { $count } lessons
}
learn-minutes = { $minutes ->
    [one] about { $minutes } minute
   *[other] about { $minutes } minutes
}
learn-percent-done = { $percent }% done
learn-progress-of = Progress in { $module }
learn-opens-after = Opens when you complete:
learn-locked-explained = This module opens when you have completed:
learn-rule = { $count ->
    [one] The Core Module is compulsory. Complete it and { $count } optional module of your choice to complete the course.
   *[other] The Core Module is compulsory. Complete it and { $count } optional modules of your choice to complete the course.
}
learn-sign-up-to-start = Create a free account to start
learn-enrol-title = Start the course
learn-plan-title = Your learning plan
learn-plan-intro = { $count ->
    [one] Choose the optional modules that match your work. You need { $count } to complete the course; you can change your choice at any time.
   *[other] Choose the optional modules that match your work. You need { $count } to complete the course; you can change your choice at any time.
}
learn-plan-legend = Optional modules
learn-plan-save = Save my plan
learn-enrol = Start the course
learn-enrol-first = Start the course first: choose your optional modules on the course page.
learn-notice-enrol-first = To read lessons and take quizzes, start the course first.
learn-notice-enrolled = Welcome to the course. Begin with the Core Module.
learn-notice-plan-saved = Your learning plan was saved.
learn-course-complete = Congratulations: you have completed the course.
learn-continue = Continue: { $lesson }
learn-continue-button = Next
learn-dashboard-link = My learning
learn-dashboard-title = My learning
learn-my-modules = My modules
learn-optional-progress = { $count ->
    [one] Optional modules completed: { $done } of { $count } needed.
   *[other] Optional modules completed: { $done } of { $count } needed.
}
learn-next-lesson = Next lesson: { $title }
learn-next-quiz = Take the quiz: { $title }
learn-quiz-results = Quiz results
learn-best = Best score
learn-attempts = Attempts
learn-change-plan = Change my learning plan

learn-lesson-position = Lesson { $position } of { $count }
learn-in-this-lesson = In this lesson
learn-key-terms = Key terms
learn-mark-done = Mark as done and continue
learn-lesson-navigation = Lessons of this module
learn-not-translated = This lesson is not yet available in your language. You are reading the { $language } version.
learn-translation-stale = The original of this lesson has changed since it was translated: this translation may be out of date.
learn-translation-draft = This translation has not been reviewed yet.
learn-glossary-title = Glossary

callout-key-idea = Key idea
callout-case-study = Case study
callout-example = Example
callout-reflection = Reflection
callout-scenario = Scenario

learn-quiz = Quiz
learn-take-quiz = Take the quiz
learn-quiz-intro = { $mark ->
   *[other] Answer the questions, then send your answers. You pass with { $mark }% or more, and you may try as often as you like: your best score counts.
}
learn-best-score = { $score ->
   *[other] Your best score: { $score }%.
}
learn-choose-all = Choose all the answers that apply.
learn-order-hint = Give each item its place in the order, starting from 1.
learn-choose = Choose…
learn-true = True
learn-false = False
learn-your-answer = Your answer
learn-submit-quiz = Send my answers
learn-submit-again = Send my answers again
learn-your-score = { $score ->
   *[other] Your score: { $score }%
}
learn-quiz-passed = You passed. Well done!
learn-quiz-not-passed = { $mark ->
   *[other] Not passed yet: you need { $mark }%. Read the feedback below, then try again.
}
learn-try-again = Try again
learn-back-to-module = Back to the module
learn-answer-right = Right.
learn-answer-partly = Partly right.
learn-answer-wrong = Not right.
learn-answer-missing = Not answered.

error-unknown-module = This module is not part of the course. Please choose from the list.
error-quiz-forged = These answers do not match the quiz. Please reload the quiz page and answer again.
error-module-locked = This module is still locked. Its page in the course says which modules open it.

guides-title = Guides
guides-intro = How to learn with the toolbox, and how to run a face-to-face training from it.
guides-for-learners = For learners
guides-for-facilitators = For facilitators
nav-guides = Guides
