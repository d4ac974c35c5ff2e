# AHC HRSN screening tool, supplemental questions (2018 wording, verbatim).

ahc-supp-title = Health-related social needs (more questions)
ahc-supp-financial-strain = How hard is it for you to pay for the very basics like food, housing, medical care, and heating?
ahc-supp-financial-strain-very-hard = Very hard
ahc-supp-financial-strain-somewhat-hard = Somewhat hard
ahc-supp-financial-strain-not-hard = Not hard at all
ahc-supp-employment = Do you want help finding or keeping work or a job?
ahc-supp-employment-finding = Yes, help finding work
ahc-supp-employment-keeping = Yes, help keeping work
ahc-supp-employment-no-help = I do not need or want help
ahc-supp-daily-help = If for any reason you need help with day-to-day activities such as bathing, preparing meals, shopping, managing finances, etc., do you get the help you need?
ahc-supp-daily-help-no-need = I don't need any help
ahc-supp-daily-help-all-help = I get all the help I need
ahc-supp-daily-help-little-more = I could use a little more help
ahc-supp-daily-help-lot-more = I need a lot more help
ahc-supp-loneliness = How often do you feel lonely or isolated from those around you?
ahc-supp-loneliness-never = Never
ahc-supp-loneliness-rarely = Rarely
ahc-supp-loneliness-sometimes = Sometimes
ahc-supp-loneliness-often = Often
ahc-supp-loneliness-always = Always
ahc-supp-other-language = Do you speak a language other than English at home?
ahc-supp-school-training = Do you want help with school or training? For example, starting or completing job training or getting a high school diploma, GED or equivalent.
ahc-supp-exercise-days = In the last 30 days, other than the activities you did for work, on average, how many days per week did you engage in moderate exercise (like walking fast, running, jogging, dancing, swimming, biking, or other similar activities)?
ahc-supp-exercise-minutes = On average, how many minutes did you usually spend exercising at this level on one of those days?
ahc-supp-exercise-days-unit = { $count ->
    [one] { $count } day a week
   *[other] { $count } days a week
}
ahc-supp-exercise-minutes-unit = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
ahc-supp-alcohol = How many times in the past 12 months have you had 5 or more drinks in a day (males) or 4 or more drinks in a day (females)? One drink is 12 ounces of beer, 5 ounces of wine, or 1.5 ounces of 80-proof spirits.
ahc-supp-tobacco = How many times in the past 12 months have you used tobacco products (like cigarettes, cigars, snuff, chew, electronic cigarettes)?
ahc-supp-prescription-misuse = How many times in the past year have you used prescription drugs for non-medical reasons?
ahc-supp-illegal-drugs = How many times in the past year have you used illegal drugs?
ahc-supp-substance-never = Never
ahc-supp-substance-once-or-twice = Once or twice
ahc-supp-substance-monthly = Monthly
ahc-supp-substance-weekly = Weekly
ahc-supp-substance-daily = Daily or almost daily
ahc-supp-little-interest = Over the past 2 weeks, how often have you been bothered by little interest or pleasure in doing things?
ahc-supp-feeling-down = Over the past 2 weeks, how often have you been bothered by feeling down, depressed, or hopeless?
ahc-supp-phq-not-at-all = Not at all
ahc-supp-phq-several-days = Several days
ahc-supp-phq-more-than-half = More than half the days
ahc-supp-phq-nearly-every-day = Nearly every day
ahc-supp-stress = Stress means a situation in which a person feels tense, restless, nervous, or anxious, or is unable to sleep at night because his or her mind is troubled all the time. Do you feel this kind of stress these days?
ahc-supp-stress-not-at-all = Not at all
ahc-supp-stress-a-little = A little bit
ahc-supp-stress-somewhat = Somewhat
ahc-supp-stress-quite-a-bit = Quite a bit
ahc-supp-stress-very-much = Very much
ahc-supp-concentrating = Because of a physical, mental, or emotional condition, do you have serious difficulty concentrating, remembering, or making decisions?
ahc-supp-errands = Because of a physical, mental, or emotional condition, do you have difficulty doing errands alone such as visiting a doctor's office or shopping?
