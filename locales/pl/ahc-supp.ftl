# Polish (pl) draft of ahc-supp.ftl; formal Pan/Pani; to be checked with an interpreter.
# AHC HRSN screening tool, supplemental questions (2018 wording, verbatim).

ahc-supp-title = Potrzeby społeczne związane ze zdrowiem (więcej pytań)
ahc-supp-financial-strain = Jak trudno jest Panu/Pani opłacić najbardziej podstawowe rzeczy, takie jak jedzenie, mieszkanie, opieka medyczna i ogrzewanie?
ahc-supp-financial-strain-very-hard = Bardzo trudno
ahc-supp-financial-strain-somewhat-hard = Trochę trudno
ahc-supp-financial-strain-not-hard = Wcale nie trudno
ahc-supp-employment = Czy chce Pan/Pani pomocy w znalezieniu lub utrzymaniu pracy?
ahc-supp-employment-finding = Tak, pomocy w znalezieniu pracy
ahc-supp-employment-keeping = Tak, pomocy w utrzymaniu pracy
ahc-supp-employment-no-help = Nie potrzebuję ani nie chcę pomocy
ahc-supp-daily-help = Jeśli z jakiegokolwiek powodu potrzebuje Pan/Pani pomocy w codziennych czynnościach, takich jak kąpiel, przygotowywanie posiłków, zakupy, zarządzanie pieniędzmi itp., czy otrzymuje Pan/Pani potrzebną pomoc?
ahc-supp-daily-help-no-need = Nie potrzebuję żadnej pomocy
ahc-supp-daily-help-all-help = Otrzymuję całą pomoc, której potrzebuję
ahc-supp-daily-help-little-more = Przydałoby mi się trochę więcej pomocy
ahc-supp-daily-help-lot-more = Potrzebuję dużo więcej pomocy
ahc-supp-loneliness = Jak często doskwiera Panu/Pani samotność lub poczucie odizolowania od ludzi wokół?
ahc-supp-loneliness-never = Nigdy
ahc-supp-loneliness-rarely = Rzadko
ahc-supp-loneliness-sometimes = Czasami
ahc-supp-loneliness-often = Często
ahc-supp-loneliness-always = Zawsze
ahc-supp-other-language = Czy w domu mówi Pan/Pani w innym języku niż angielski?
ahc-supp-school-training = Czy chce Pan/Pani pomocy w nauce lub szkoleniu? Na przykład w rozpoczęciu lub ukończeniu szkolenia zawodowego albo w uzyskaniu dyplomu szkoły średniej (high school), GED lub równoważnego świadectwa.
ahc-supp-exercise-days = W ciągu ostatnich 30 dni, nie licząc czynności wykonywanych w pracy, ile dni w tygodniu średnio wykonywał(a) Pan/Pani umiarkowany wysiłek fizyczny (taki jak szybki marsz, bieganie, jogging, taniec, pływanie, jazda na rowerze lub inne podobne aktywności)?
ahc-supp-exercise-minutes = Ile minut średnio zwykle ćwiczył(a) Pan/Pani z taką intensywnością w jeden z tych dni?
ahc-supp-exercise-days-unit = { $count ->
    [one] { $count } dzień w tygodniu
    [few] { $count } dni w tygodniu
    [many] { $count } dni w tygodniu
   *[other] { $count } dnia w tygodniu
}
ahc-supp-exercise-minutes-unit = { $count ->
    [one] { $count } minuta
    [few] { $count } minuty
    [many] { $count } minut
   *[other] { $count } minuty
}
ahc-supp-alcohol = Ile razy w ciągu ostatnich 12 miesięcy wypił(a) Pan/Pani w ciągu jednego dnia 5 lub więcej porcji alkoholu (mężczyźni) albo 4 lub więcej porcji alkoholu (kobiety)? Jedna porcja to 12 uncji piwa (ok. 355 ml), 5 uncji wina (ok. 150 ml) lub 1,5 uncji wódki albo innego mocnego alkoholu o mocy 40% (80 proof, ok. 45 ml).
ahc-supp-tobacco = Ile razy w ciągu ostatnich 12 miesięcy używał(a) Pan/Pani wyrobów tytoniowych (takich jak papierosy, cygara, tabaka, tytoń do żucia, e-papierosy)?
ahc-supp-prescription-misuse = Ile razy w ciągu ostatniego roku przyjmował(a) Pan/Pani leki na receptę w celach innych niż medyczne?
ahc-supp-illegal-drugs = Ile razy w ciągu ostatniego roku używał(a) Pan/Pani nielegalnych narkotyków?
ahc-supp-substance-never = Nigdy
ahc-supp-substance-once-or-twice = Raz lub dwa razy
ahc-supp-substance-monthly = Co miesiąc
ahc-supp-substance-weekly = Co tydzień
ahc-supp-substance-daily = Codziennie lub prawie codziennie
ahc-supp-little-interest = Jak często w ciągu ostatnich 2 tygodni dokuczało Panu/Pani niewielkie zainteresowanie lub brak przyjemności z wykonywania czynności?
ahc-supp-feeling-down = Jak często w ciągu ostatnich 2 tygodni dokuczało Panu/Pani uczucie smutku, przygnębienia lub beznadziejności?
ahc-supp-phq-not-at-all = Wcale
ahc-supp-phq-several-days = Kilka dni
ahc-supp-phq-more-than-half = Więcej niż połowę dni
ahc-supp-phq-nearly-every-day = Niemal codziennie
ahc-supp-stress = Stres to sytuacja, w której człowiek czuje się spięty, niespokojny, nerwowy lub pełen lęku albo nie może spać w nocy, ponieważ przez cały czas coś go trapi. Czy odczuwa Pan/Pani obecnie taki stres?
ahc-supp-stress-not-at-all = Wcale
ahc-supp-stress-a-little = Trochę
ahc-supp-stress-somewhat = Średnio
ahc-supp-stress-quite-a-bit = Dość mocno
ahc-supp-stress-very-much = Bardzo mocno
ahc-supp-concentrating = Czy z powodu stanu zdrowia fizycznego, psychicznego lub emocjonalnego ma Pan/Pani poważne trudności z koncentracją, zapamiętywaniem lub podejmowaniem decyzji?
ahc-supp-errands = Czy z powodu stanu zdrowia fizycznego, psychicznego lub emocjonalnego ma Pan/Pani trudności z samodzielnym załatwianiem spraw, takich jak wizyta u lekarza czy zakupy?
