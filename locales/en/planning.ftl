nav-planning = Planning tool
planning-title = Planning tool
planning-no-set = No indicator set has been loaded yet. An administrator imports one with a content pack.
planning-indicator-count = { $count ->
    [one] One indicator, in sections you can answer one at a time.
   *[other] { $count } indicators, in sections you can answer one at a time.
}
planning-sign-in-to-start = Sign in to start or continue an assessment.
planning-my-assessments = Your assessments
planning-none-yet = You are not part of an assessment yet. Start one below, or ask your coordinator for an invitation.
planning-assessment-heading = { $territory }, round { $round }
planning-start-title = Start an assessment
planning-start-local-authority-only = An assessment is started by someone from a local or regional authority. If that is you, say so in your profile; partners join by invitation.
planning-edit-profile = Edit your profile
planning-field-territory = Territory
planning-hint-territory = The municipality, district or region you assess, as people there call it.
planning-start-button = Start the assessment
planning-error-local-authority = Only a member of a local or regional authority can start an assessment. Update your profile, or ask your authority to invite you.
planning-error-territory = Give the name of the territory (at most 200 characters).
planning-error-country = Choose the country from the list.
planning-error-no-set = No indicator set is loaded, so no assessment can start yet.
planning-status = Status
planning-status-open = open for answers
planning-status-closed = closed
planning-published = profile published
planning-role-coordinator = coordinator
planning-role-respondent = respondent
planning-sections = Sections to answer
planning-section = Section
planning-indicators = Indicators
planning-answered-by-me = Answered by you
planning-answered-by-anyone = Answered by anyone
planning-results = Results
planning-profile-title = Profile
planning-plan-title = Action plan
planning-answers-csv = Every answer (CSV)
planning-review-title = Review the answers
planning-differing-count = { $count ->
    [0] no differing answers
    [one] one indicator with differing answers
   *[other] { $count } indicators with differing answers
}
planning-members = Members
planning-invitations = Invitations
planning-invitation-accepted = accepted
planning-invitation-pending = waiting
planning-invitation-expired = expired
planning-invite-email = Invite a colleague or partner by email
planning-hint-invite = They receive a link valid for 14 days and answer with their own account.
planning-invite-button = Send the invitation
planning-error-already-member = This person is already a member of the assessment.
planning-error-already-invited = An invitation to this address is still waiting to be accepted.
planning-coordinator = Coordinator's controls
planning-close-button = Close this round
planning-repeat-button = Start the next round
planning-publish-button = Publish the profile
planning-unpublish-button = Stop publishing the profile
planning-privacy = Only members see the assessment. Publishing shows the profile, not the answers, to everyone.
planning-level = Level
planning-level-absent = Absent
planning-level-partial = Partial
planning-level-complete = Complete
planning-level-na = Not applicable
planning-evidence = Evidence
planning-links = Links to the evidence
planning-hint-links = One web address per line, starting with https://
planning-save-section = Save this section
planning-saved = Your answers are saved.
planning-back-to-overview = Back to the assessment
planning-back-to-list = Back to the planning tool
planning-error-round-closed = This round is closed: answers can no longer change.
planning-error-unknown-indicator = The form named an indicator that is not in this section.
planning-error-unknown-level = The form sent a level that does not exist.
planning-error-choose-level = Choose a level: absent, partial, complete or not applicable.
planning-error-too-long = This text is too long: keep evidence under 4,000 characters and links under 2,000.
planning-error-links = Write each link on its own line, starting with https:// or http://.
planning-error-conflict = Someone saved a different answer to this indicator after you opened the page. Both are shown: check them, then save again to keep yours.
planning-conflict-saved = Saved meanwhile:
planning-conflict-yours = Your answer is kept below and has not been saved.
planning-error-reason = Give the reason for the level you chose.
planning-error-close-first = Close this round before starting the next one.
planning-invitation-title = Invitation to an assessment
planning-invitation-intro = You are invited to answer the self-assessment of { $territory }.
planning-accept-button = Accept and take part
planning-invitation-used = This invitation has already been used. If you accepted it, the assessment is in your list.
planning-invitation-expired-message = This invitation has expired. Ask the coordinator to invite you again.
planning-invitation-other-address = This invitation was sent to another email address. Sign in with that address, or ask the coordinator to invite you.
planning-invitation-mail-subject = Invitation: migration and local development self-assessment of { $territory }
planning-invitation-mail-body = { $name } invites you to answer the self-assessment of { $territory } on the M4D Toolbox. Open this link to take part:
planning-invitation-mail-expiry = { $days ->
    [one] The link works for one day.
   *[other] The link works for { $days } days.
}
planning-review-intro = Who answered what, indicator by indicator. Where answers differ, choose the level that holds and say why; the reason is kept.
planning-review-empty = Nobody has answered yet.
planning-standing-differs = answers differ
planning-standing-unanswered = not answered
planning-resolved-as = Resolved as
planning-resolve-level = Level that holds
planning-resolve-reason = Reason
planning-resolve-button = Record the decision
planning-profile-intro = What is well developed and what has potential for further development, by section and by sector. It is a picture for planning, not a score or a ranking.
planning-print-hint = To print or save as PDF, use your browser's print command: menus and forms are left out.
planning-open-count = { $count ->
    [one] One indicator is not answered yet or has differing answers.
   *[other] { $count } indicators are not answered yet or have differing answers.
}
planning-by-subcategory = By section
planning-by-sector = By sector
planning-sector = Sector
planning-chart = Chart
planning-bar-text = { $complete } complete, { $partial } with potential for further development
planning-bar-open = { $count ->
    [0] {""}
    [one] , one open
   *[other] , { $count } open
}
planning-well-developed = Well developed
planning-potential = Potential for further development
planning-change-title = Change since the previous round
planning-previous-round = Previous round
planning-this-round = This round
planning-csv-indicator = Indicator
planning-csv-statement = Statement
planning-csv-subcategory = Section
planning-csv-sectors = Sectors
planning-csv-respondent = Respondent
planning-csv-level = Level
planning-csv-evidence = Evidence
planning-csv-links = Links
planning-csv-updated = Updated
planning-csv-resolution = Coordinator's decision
planning-csv-reason = Reason
planning-plan-intro = Turn each gap into actions with an owner, partners and a due date. The lessons and good practices linked to each gap can help.
planning-plan-csv = Download the plan (CSV)
planning-actions = Actions
planning-no-actions = No actions yet.
planning-gaps = Gaps and what can help
planning-no-gaps = No indicator is agreed as absent or partial yet.
planning-suggested-lessons = Lessons that help:
planning-suggested-practices = Good practices to learn from:
planning-add-action = Add an action
planning-add-action-button = Add the action
planning-action-title = Action
planning-action-owner = Owner
planning-action-partners = Partners
planning-action-due = Due date
planning-action-status = Status
planning-action-update = Update
planning-action-status-planned = planned
planning-action-status-in-progress = in progress
planning-action-status-done = done
planning-action-status-dropped = dropped
planning-hint-date = Year, month and day, for example 2027-06-30.
planning-error-action-indicator = Choose the gap this action addresses.
planning-error-action-title = Say what the action is (at most 500 characters).
planning-error-action-owner = Say who owns the action (at most 500 characters).
planning-error-action-date = Give the due date as year-month-day, for example 2027-06-30.
planning-error-action-status = Choose a status from the list.
planning-error-publish-closed = Close the round before publishing its profile: what is published is a finished round.
planning-error-repeated = The next round of this assessment has already started.
planning-legend-open = Not answered yet, or answers differ
