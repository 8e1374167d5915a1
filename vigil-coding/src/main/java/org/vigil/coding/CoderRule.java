package org.vigil.coding;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The registry of the coder's named rules: each has a stable name (recorded in {@code Event.rules} on every event
 * it shaped, and used by {@code --disable-rule}), the {@link CoderPhase} it belongs to, and a switch in
 * {@link RuleSwitches}. The frames, word lists and code tables they use live in the pattern files.
 */
public enum CoderRule {
  DATE_SUBJECTS(CoderPhase.REPAIR, "a day parsed as the subject of a to-clause is a time of the verb above"),
  REDUCED_RELATIVE_SUBJECTS(CoderPhase.REPAIR, "a bare participle heading a subject clause is a reduced relative"),
  GARDEN_PATH_PARTICIPLES(CoderPhase.REPAIR, "a root participle gives way to the later finite verb it hangs"),
  LOOSE_PARTICIPLES(CoderPhase.REPAIR, "a loose participle with a by-agent modifies the noun before it"),
  REPORTED_PASSIVES(CoderPhase.REPAIR, "'X said a bomb was fired': the reporting verb is the main verb"),
  REPORTED_PRONOUN_SUBJECTS(CoderPhase.REPAIR, "'X said it will send': the pronoun is the subject of 'send'"),
  HEADLINE_VERBS(CoderPhase.REPAIR, "a present-tense headline verb read as a noun ('police arrest 20') is the verb"),
  PLURAL_LEMMAS(CoderPhase.REPAIR, "a plural the lemmatiser left ('troops') matches singular frames"),

  GERUND_SUBJECT(CoderPhase.CANDIDATES, "a bare gerund subject ('Fighting broke out') is an event noun"),
  WARNING_OF_OTHERS(CoderPhase.CANDIDATES, "a warning about another party's act is no threat"),
  WRAPPED_EVENT(CoderPhase.CANDIDATES, "a control or reporting verb whose complement carries the event codes none"),
  LIGHT_VERB_NOUN(CoderPhase.CANDIDATES, "a light verb whose object is an event noun leaves the event to the noun"),
  ELABORATING_PARTICIPLE(CoderPhase.CANDIDATES, "a participle under an event elaborates it ('..., demanding')"),
  REDUCED_RELATIVE_ACT(CoderPhase.CANDIDATES, "a reduced relative without agent ('sailors seized') codes none"),
  TOLL_OF_EVENT(CoderPhase.CANDIDATES, "a killing or harm verb telling the toll of a coded event codes none"),
  EVENT_CONTENT(CoderPhase.CANDIDATES, "an event noun that is the content of another event codes none"),
  FRAME_OBJECT_NOUN(CoderPhase.CANDIDATES, "an event noun a verb frame lists as its object is coded by that frame"),
  WRAPPED_NOUN(CoderPhase.CANDIDATES, "a lone event noun under a pledge, appeal or refusal is their content"),

  QUANTIFIED_OBJECT(CoderPhase.TYPE, "'lifted most of its sanctions' meets a frame asking for sanctions"),
  NAMED_PLACE_OBJECT(CoderPhase.TYPE, "'captured Avdiivka' meets a frame asking for a town"),
  MEANS_SHIFT(CoderPhase.TYPE, "an act done with a means of attack takes its shift ('by a missile': 195)"),
  CONTROL_SHIFT(CoderPhase.TYPE, "a control verb shifts the embedded code ('pledged to strike': threat)"),
  REFUSAL_REJECTS(CoderPhase.TYPE, "refused cooperation ('will not meet') is a rejection"),
  OWN_PLAN_INTENT(CoderPhase.TYPE, "one's own announced plan ('X said it would') is an expressed intent"),
  CROWD_VIOLENCE(CoderPhase.TYPE, "violence by protesters without arms of war is a violent protest (145)"),
  PROTEST_REPRESSION(CoderPhase.TYPE, "state forces using force on protesters repress them (175)"),
  UNCONVENTIONAL_VIOLENCE(CoderPhase.TYPE, "unidentified gunmen attacking people without arms: 180"),
  CIVILIAN_VICTIMS(CoderPhase.TYPE, "deadly force by a non-state armed side on civilians ('militants killed 15 people'): 180"),
  CLAIM_ACCUSATION(CoderPhase.TYPE, "a party's claim about a conflict act adds its accusation or claim"),
  CLASSIFIER_TYPE(CoderPhase.TYPE, "where the frames give a sentence no event, a learned EventTypeClassifier types its linking verb"),
  EVALUATIVE_SPEECH(CoderPhase.TYPE, "'X said Y's act was deplorable', 'X called it a provocation': X criticizes Y (111)"),
  REPORTED_OBLIGATION(CoderPhase.TYPE, "'X says Y must go', 'X said Y must release them': X demands of Y (10)"),
  LITOTES_THREAT(CoderPhase.TYPE, "'will not hesitate to strike', 'did not rule out force': a threat (13x), asserted"),
  SPEAKERS_FORCES(CoderPhase.ROLES, "'Azerbaijan says its forces took X': the possessive names the speaker's side"),
  CLASSIFIER_BARE_STATEMENT(CoderPhase.TYPE, "a reporting verb the classifier reads as a mere statement (01) codes nothing: its content is the news"),

  CONTROL_ADDRESSEES(CoderPhase.ROLES, "'urged Iran to release': the controller acts on those appealed to"),
  APPEAL_CLAUSE_SUBJECTS(CoderPhase.ROLES, "the subject of an appeal's clause is its target"),
  CLAIMED_ACT_TARGETS(CoderPhase.ROLES, "a claim of responsibility targets the claimed act's target or place"),
  CONVERSE_FROM(CoderPhase.ROLES, "'received weapons from X': X gives"),
  GARDEN_PATH_CARRIER(CoderPhase.ROLES, "the light verb a misparsed reduced relative hides carries the noun"),
  JOINT_PARTIES(CoderPhase.ROLES, "'talks between X and Y': the sides of a reciprocal event noun"),
  MET_OBJECT(CoderPhase.ROLES, "'the ministers of A and B met C': the sides act on C, not on each other"),
  AGENTIVE_NOUN(CoderPhase.ROLES, "'carried out attacks': the subject of an agent verb does the noun's act"),
  DOMESTIC_TARGET(CoderPhase.ROLES, "acts of a state on its own people target its own country"),
  HOME_GROUND(CoderPhase.ROLES, "armed groups, crowds and police fight at home: sector-only victims are of their country"),
  NATURAL_HAZARD(CoderPhase.ROLES, "a storm, quake, flood, wildfire or epidemic as subject is no actor: it codes no event"),
  EACH_OTHER(CoderPhase.ROLES, "'X and Y accused each other': each side acts on the other"),
  PLACED_DEADLY_ACT(CoderPhase.ROLES, "an unattributed deadly act ('a car bombing in X killed seven') waits for its place"),
  MUTUAL_ACT(CoderPhase.ROLES, "several sides that stop fighting or pull back do so towards each other"),
  SECTOR_PLACE(CoderPhase.ROLES, "'rebels in Mali', 'troops from Chad': a sector noun takes the country its phrase names"),
  SECTOR_ANAPHORA(CoderPhase.ROLES, "'the rebels', 'the group' after a named armed group refer to that group"),
  HOME_STATE_TARGETS(CoderPhase.ROLES, "the article country's own state forces act at home: the unnamed armed men or people they strike are of that country"),
  ARTICLE_COUNTRY(CoderPhase.ROLES, "unnamed domestic sector actors ('police', 'protesters', 'the army') take the article's country when their sentence names no other"),

  // material events of news reports (roots 14-20, 06-08)
  CROWD_OF_ACT(CoderPhase.ROLES, "a protest or riot said to happen with no one named behind it is the protesters' act"),
  TERRITORY_OF_FOCUS(CoderPhase.PLACE, "territory taken where no place is fixed lies in the article's focus country"),
  CLASH_VICTIMS(CoderPhase.ROLES, "'X died in clashes with Y': the dead's side and Y are the two sides of the clash"),
  BOTH_SIDES(CoderPhase.ROLES, "'the two sides', 'both countries' are the two parties of the latest event told before"),

  AGENTIVE_PERFECT_HISTORICAL(CoderPhase.MODE, "'has carried out attacks' is a record, not this week's act"),
  HISTORICAL_TIME(CoderPhase.MODE, "an act dated clearly before the article's window is historical"),
  CONTESTED_CLAIM(CoderPhase.MODE, "a conflict act a party says another did is that party's claim (reported)"),
  PAST_INCIDENT(CoderPhase.MODE, "an incident re-mentioned from last week or the weekend before is historical"),
  NO_PLANS(CoderPhase.MODE, "'has no plans to send troops': the act is negated, not planned"),

  HEADING(CoderPhase.GUARD, "headings are never coded"),
  SPORTS_RESULT(CoderPhase.GUARD, "sports results code no event"),
  STANDING_POSITION(CoderPhase.GUARD, "a position held ('opposes', 'has long denied') is no news event"),
  GENERIC_VERB(CoderPhase.GUARD, "a verb with a text as object ('released a statement') is not its act"),
  CO_LISTED_ACTORS(CoderPhase.GUARD, "three or more co-listed actors are not a dyad among themselves"),
  CLASSIFIER_DYAD(CoderPhase.GUARD, "an event the classifier typed needs both sides placed; the encoder runs only where the roles place them"),

  PLACE_TARGET(CoderPhase.PLACE, "an act with no target named targets the country of its place"),
  PROTESTERS_OF_PLACE(CoderPhase.PLACE, "protesters no dictionary places are people of the place of the protest"),
  CONTEXT_COUNTRY(CoderPhase.PLACE, "a sector-only state organ takes the country its context names"),
  FOCUS_TARGET(CoderPhase.PLACE, "a comment, appeal, criticism or threat naming no target is about the article's focus country"),
  CLAIM_TARGET(CoderPhase.PLACE, "a claim of responsibility naming no target aims at the act it claims, told before"),
  REDUNDANT_TARGETLESS(CoderPhase.PLACE, "a target-less repeat of a dyadic event of the same sentence is dropped");

  private final CoderPhase phase;
  private final String description;

  CoderRule(CoderPhase phase, String description) {
    this.phase = phase;
    this.description = description;
  }

  /** The stable name: lower case with hyphens ("date-subjects"). */
  public String ruleName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public CoderPhase phase() {
    return phase;
  }

  public String description() {
    return description;
  }

  /** The rule of that stable name, if any. */
  public static Optional<CoderRule> named(String name) {
    return Arrays.stream(values()).filter(r -> r.ruleName().equals(name)).findFirst();
  }

  /** Every stable name, in registry order. */
  public static List<String> names() {
    return Arrays.stream(values()).map(CoderRule::ruleName).toList();
  }
}
