# Messages shared by every instrument and screen.
# Answer options are tied to codes in the instrument files; these texts only say them.

common-yes-no-yes = Yes
common-yes-no-no = No

answer-asked-declined = Choose not to answer
answer-asked-unknown = Don't know
answer-not-asked = Not asked
hint-choose-all = Choose all that apply.

# Domains a screening can find a need in, and what a positive screen means, in plain words.
domain-housing-instability = Housing
domain-housing-instability-explain = The member may lose their home, or does not have a steady place to live.
domain-housing-quality = Home conditions
domain-housing-quality-explain = There are problems in the member's home that can harm health.
domain-food = Food
domain-food-explain = The member has worried about running out of food, or food ran out, in the past 12 months.
domain-transportation = Transportation
domain-transportation-explain = Lack of transportation has kept the member from care, work or things they need.
domain-utilities = Utilities
domain-utilities-explain = The electric, gas, oil or water company threatened to shut off service, or already did.
domain-interpersonal-safety = Safety
domain-interpersonal-safety-explain = Someone may be hurting, threatening or insulting the member.
domain-financial-strain = Money for basics
domain-financial-strain-explain = Paying for food, housing, medical care or heating is hard.
domain-employment = Work
domain-employment-explain = The member wants help finding or keeping work.
domain-family-community-support = Support from others
domain-family-community-support-explain = The member needs more help with daily activities, or often feels lonely.
domain-education = School and training
domain-education-explain = The member wants help with school or job training.
domain-physical-activity = Physical activity
domain-physical-activity-explain = The member exercises less than 150 minutes a week.
domain-substance-use = Alcohol, tobacco and drugs
domain-substance-use-explain = The member reported use that may be worth talking about.
domain-mental-health = Mental health
domain-mental-health-explain = The member has felt down, lost interest, or feels a lot of stress.
domain-disabilities = Disabilities
domain-disabilities-explain = The member has serious difficulty concentrating or doing errands alone.
domain-digital-access = Internet and devices
domain-digital-access-explain = The member lacks reliable internet or a device for video visits.
domain-digital-literacy = Comfort with technology
domain-digital-literacy-explain = The member is not confident with video visits and has no one to help.

outcome-positive = Need found
outcome-negative = No need found
outcome-not-scored = Not scored: some answers are missing

flag-homelessness = The member does not have a steady place to live (homelessness).
safety-discreet-prompt = Before you talk about this, make sure the member is alone and it is safe to talk.

translation-status-reference = Reference text
translation-status-draft = Draft translation: check the wording with an interpreter
translation-status-reviewed = Reviewed by { $reviewer } on { $date }

role-chw = community health worker
role-navigator = telehealth navigator
role-supervisor = supervisor

permission-find-members = find members
permission-view-member = view a member
permission-edit-member = add or change a member
permission-record-response = record a screening
permission-record-follow-up = record a follow-up
permission-retract-any-response = mark another person's screening as entered in error
permission-manage-users = manage users
permission-backup = make a backup
permission-restore = restore a backup
permission-verify-store = check the store
permission-review-team = review the team's work
permission-import-members = import members or demo data
permission-sync = sync with the hub
