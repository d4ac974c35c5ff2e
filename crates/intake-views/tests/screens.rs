//! The screens' logic over a real encrypted store: what a CHW sees and does, without a window.

use intake_core::{Session, Store};
use intake_views::members::{self, MemberForm};
use intake_views::screening::{self, AnswerInput, StartForm};
use intake_views::supervisor;

fn store() -> (tempfile::TempDir, Session) {
    let dir = tempfile::tempdir().expect("temp dir");
    let done = Store::at(dir.path().join("store")).initialize("Test Center (synthetic)", "sup", "246810").expect("init");
    (dir, done.session)
}

fn member(session: &mut Session, given: &str, dob: &str) -> uuid::Uuid {
    let form = MemberForm {
        given_name: given.into(),
        family_name: "Synthetic".into(),
        date_of_birth: dob.into(),
        masshealth_id: String::new(),
        mrn: String::new(),
    };
    members::create(session, "en", &form).expect("member").member_id
}

fn start(session: &mut Session, member_id: uuid::Uuid, instruments: &[&str], locale: &str) -> uuid::Uuid {
    let form = StartForm {
        member_id,
        instruments: instruments.iter().map(|s| (*s).to_owned()).collect(),
        locale: locale.into(),
        mode: "in-person".into(),
        interpreter_used: false,
        respondent: "self".into(),
        proxy_relationship: String::new(),
        consent_screening: true,
        consent_share: true,
    };
    screening::start(session, "en", &form).expect("started")
}

fn pick(id: &str) -> AnswerInput {
    AnswerInput::Options { ids: vec![id.to_owned()] }
}

/// Answers `items` of ahc-core in order, each with an option id (or `declined`).
fn answer_all(session: &mut Session, draft: uuid::Uuid, answers: &[(&str, &str)]) -> screening::ScreeningView {
    let mut view = None;
    for (item, choice) in answers {
        let input = if *choice == "declined" { AnswerInput::Absent { reason: "asked-declined".into() } } else { pick(choice) };
        view = Some(screening::answer(session, "en", draft, "ahc-core", item, &input).expect("answer saved"));
    }
    view.expect("at least one answer")
}

const NO_NEEDS: [(&str, &str); 10] = [
    ("living-situation", "steady"),
    ("housing-problems", "none"),
    ("food-worry", "never"),
    ("food-ran-out", "never"),
    ("transportation", "no"),
    ("utilities", "no"),
    ("safety-hurt", "never"),
    ("safety-insult", "never"),
    ("safety-threaten", "never"),
    ("safety-scream", "never"),
];

#[test]
fn questions_come_in_the_members_language_beside_the_staff_language_with_a_draft_flag() {
    let (_dir, mut s) = store();
    let m = member(&mut s, "Ana", "1980-01-01");
    let draft = start(&mut s, m, &["ahc-core"], "es");
    let view = screening::screening(&mut s, "en", draft).expect("view");
    let q = &view.questions[0];
    assert!(q.text.member.contains("vivienda"), "{}", q.text.member);
    assert!(q.text.staff.contains("living situation"), "{}", q.text.staff);
    assert!(view.staff_notice.is_some(), "Spanish is a draft: staff are told");
    assert_eq!(view.questions.len(), 10);
    assert!(view.questions[0].position.contains("1") && view.questions[0].position.contains("10"));
    let reference = start(&mut s, m, &["ahc-core"], "en");
    assert!(screening::screening(&mut s, "en", reference).expect("view").staff_notice.is_none());
}

#[test]
fn a_wrong_answer_is_refused_for_that_question_and_nothing_is_saved() {
    let (_dir, mut s) = store();
    let m = member(&mut s, "Bo", "1970-05-05");
    let draft = start(&mut s, m, &["ahc-core"], "en");
    let err = screening::answer(&mut s, "en", draft, "ahc-core", "food-worry", &pick("not-an-option")).expect_err("refused");
    assert_eq!(err.field.as_deref(), Some("food-worry"));
    let both = AnswerInput::Options { ids: vec!["pests".into(), "none".into()] };
    let err = screening::answer(&mut s, "en", draft, "ahc-core", "housing-problems", &both).expect_err("refused");
    assert!(err.message.contains("together"), "{}", err.message);
    let view = screening::screening(&mut s, "en", draft).expect("view");
    assert_eq!(view.answered, 0);
}

#[test]
fn finishing_needs_every_required_answer_then_explains_the_results_and_opens_needs() {
    let (_dir, mut s) = store();
    let m = member(&mut s, "Cy", "1965-03-03");
    let draft = start(&mut s, m, &["ahc-core"], "en");
    answer_all(&mut s, draft, &NO_NEEDS[..9]);
    let err = screening::finish(&mut s, "en", draft).expect_err("one question left");
    assert_eq!(err.field.as_deref(), Some("safety-scream"));
    let mut answers = NO_NEEDS;
    answers[2] = ("food-worry", "sometimes");
    answers[1] = ("housing-problems", "declined");
    answer_all(&mut s, draft, &answers);
    let results = screening::finish(&mut s, "en", draft).expect("saved");
    let outcome = |d: &str| results.domains.iter().find(|x| x.domain == d).map(|x| x.outcome);
    assert_eq!(outcome("food"), Some("positive"));
    assert_eq!(outcome("housing-quality"), Some("not-scored"));
    assert_eq!(outcome("interpersonal-safety"), Some("negative"));
    assert_eq!(results.domains[0].domain, "food", "what needs action comes first");
    assert_eq!(results.needs.len(), 1);
    assert!(results.safety_prompt.is_none());
    // The draft is gone; the profile shows the need and the screening.
    let profile = members::profile(&mut s, "en", m).expect("profile");
    assert!(profile.drafts.is_empty());
    assert_eq!(profile.history.len(), 1);
    assert_eq!(profile.needs[0].domain, "food");
}

#[test]
fn a_positive_safety_screen_gets_a_discreet_prompt_and_stays_off_the_printed_summary() {
    let (_dir, mut s) = store();
    let m = member(&mut s, "Di", "1990-02-02");
    let draft = start(&mut s, m, &["ahc-core"], "en");
    let mut answers = NO_NEEDS;
    for a in answers.iter_mut().skip(6) {
        a.1 = "frequently";
    }
    answers[2] = ("food-worry", "often");
    answer_all(&mut s, draft, &answers);
    let results = screening::finish(&mut s, "en", draft).expect("saved");
    assert!(results.safety_prompt.is_some());
    assert!(results.needs.iter().any(|n| n.discreet));
    let summary = screening::summary(&mut s, "en", m, "es").expect("summary");
    assert_eq!(summary.locale.tag, "es");
    assert_eq!(summary.needs.len(), 1, "food only: safety is never printed");
    assert!(summary.title.contains("Resumen") || summary.title.contains("resumen"), "{}", summary.title);
}

#[test]
fn skip_logic_hides_questions_and_keeps_their_answers_for_when_they_return() {
    let (_dir, mut s) = store();
    let m = member(&mut s, "Ed", "1985-07-07");
    let draft = start(&mut s, m, &["demographics"], "en");
    let count = |v: &screening::ScreeningView| v.questions.iter().filter(|q| q.item == "race-ethnicity-other").count();
    let first = screening::screening(&mut s, "en", draft).expect("view");
    assert_eq!(count(&first), 0);
    let another = AnswerInput::Options { ids: vec!["another".into()] };
    let v = screening::answer(&mut s, "en", draft, "demographics", "race-ethnicity", &another).expect("saved");
    assert_eq!(count(&v), 1, "'another group' asks for a description");
    screening::answer(&mut s, "en", draft, "demographics", "race-ethnicity-other", &AnswerInput::Text { value: "Garifuna".into() })
        .expect("saved");
    let v = screening::answer(&mut s, "en", draft, "demographics", "race-ethnicity", &AnswerInput::Absent { reason: "asked-declined".into() })
        .expect("saved");
    assert_eq!(count(&v), 0);
    let v = screening::answer(&mut s, "en", draft, "demographics", "race-ethnicity", &another).expect("saved");
    let q = v.questions.iter().find(|q| q.item == "race-ethnicity-other").expect("shown again");
    assert_eq!(q.answer.as_ref().and_then(|a| a.text.as_deref()), Some("Garifuna"));
}

#[test]
fn duplicates_are_found_before_a_member_is_created_and_bad_forms_name_their_field() {
    let (_dir, mut s) = store();
    member(&mut s, "Fatima", "1979-11-30");
    let again = MemberForm {
        given_name: "Fatimah".into(),
        family_name: "Synthetic".into(),
        date_of_birth: "1979-11-30".into(),
        masshealth_id: String::new(),
        mrn: String::new(),
    };
    assert_eq!(members::likely_duplicates(&s, "en", &again).expect("checked").len(), 1);
    let bad = MemberForm { date_of_birth: "30/11/1979".into(), ..again.clone() };
    assert_eq!(members::create(&mut s, "es", &bad).expect_err("bad date").field.as_deref(), Some("date_of_birth"));
    let future = MemberForm { date_of_birth: "2999-01-01".into(), ..again };
    let err = members::create(&mut s, "ar", &future).expect_err("future");
    assert!(err.message.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)), "in Arabic: {}", err.message);
}

#[test]
fn a_chw_gets_the_cores_refusal_for_every_supervisor_screen() {
    let (dir, mut s) = store();
    s.add_user("chw1", "CHW One", intake_model::Role::Chw, "135790").expect("user");
    drop(s);
    let mut chw = Store::at(dir.path().join("store")).sign_in("chw1", "135790").expect("sign in");
    for err in [
        supervisor::overview(&mut chw, "en").expect_err("overview"),
        supervisor::users(&chw, "en").expect_err("users"),
        supervisor::settings(&chw, "en").expect_err("settings"),
        supervisor::set_setting(&mut chw, "en", "idle-lock-seconds", 60).expect_err("set"),
    ] {
        assert_eq!(err.kind, "forbidden", "{}", err.message);
    }
}

#[test]
fn the_supervisor_sees_the_teams_day_unfinished_screenings_and_needs_without_follow_up() {
    let (_dir, mut s) = store();
    let m = member(&mut s, "Gus", "1960-09-09");
    let draft = start(&mut s, m, &["ahc-core"], "en");
    let mut answers = NO_NEEDS;
    answers[4] = ("transportation", "yes");
    answer_all(&mut s, draft, &answers);
    screening::finish(&mut s, "en", draft).expect("saved");
    start(&mut s, m, &["demographics"], "en");
    let o = supervisor::overview(&mut s, "en").expect("overview");
    let me = o.work.iter().find(|w| w.username == "sup").expect("my row");
    assert_eq!((me.responses, me.members, me.needs_opened), (1, 1, 1));
    assert_eq!(o.drafts.len(), 1);
    assert_eq!(o.unfollowed.len(), 1);
    let need = members::profile(&mut s, "en", m).expect("profile").needs[0].need_id;
    members::follow_up(&mut s, "en", m, need, "resource-given", "", "bus pass").expect("follow-up");
    assert!(supervisor::overview(&mut s, "en").expect("overview").unfollowed.is_empty());
    assert_eq!(supervisor::set_setting(&mut s, "en", "idle-lock-seconds", 5).expect_err("too short").field.as_deref(), Some("idle-lock-seconds"));
}
