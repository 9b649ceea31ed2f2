import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import {
  actionStatusLabel,
  checkQuorum,
  checkSessionTiming,
  cotationOf,
  describeCotation,
  describeCotationLines,
  describeLeverRef,
  describeProvision,
  latestDecisions,
  outcomeLabel,
  procedureLabel,
  scheduleAgenda,
  segmentLabel,
  type Action,
  type Attendee,
  type ClauseTitle,
  type SessionExport,
} from "../agenda";
import { t, type MessageKey, type MessageParams } from "../i18n";
import type { Committee } from "../policies";
import { formatAmount, formatDate, formatLongDate } from "../text";

// The relevé de décisions of a committee session, as a .docx (bytes in, bytes out: the same code runs
// in the Teams tab and in `spaser agenda minutes`). Every user value goes through docx's TextRun,
// which escapes XML itself: nothing is escaped by hand here.

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
  new Paragraph({ text, heading: level });
const para = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const bullet = (text: string) => new Paragraph({ children: [new TextRun(text)], bullet: { level: 0 } });
const labelled = (label: string, value: string) =>
  new Paragraph({ children: [new TextRun({ text: `${label} : `, bold: true }), new TextRun(value)] });
/** A bold « Conditions : » line introducing a list. */
const listTitle = (label: string) =>
  new Paragraph({ children: [new TextRun({ text: `${label} :`, bold: true })] });
const tr = (key: MessageKey, params?: MessageParams) => t(key, params);

/** « 09:30 » → « 9 h 30 », as French minutes write it. */
function frenchTime(time: string): string {
  const [hours, minutes] = time.split(":");
  return `${Number(hours)}\u00A0h\u00A0${minutes ?? "00"}`;
}

function attendeeText(attendee: Attendee): string {
  return `${attendee.name} (${attendee.role})`;
}

function actionText(action: Action): string {
  return tr("minutes.actionLine", {
    label: action.label,
    owner: action.owner,
    due: formatDate(action.dueDate),
    status: actionStatusLabel(action.status).toLowerCase(),
  });
}

export interface MinutesOptions {
  /** Names the référentiel clauses (« Titre (v2) »); without it, or for an unknown clause, its id is printed. */
  readonly clauseTitle?: ClauseTitle;
}

/** The paragraphs of the minutes; exported for tests that read the text without unzipping. */
export function minutesParagraphs(
  data: SessionExport,
  committee?: Committee,
  { clauseTitle }: MinutesOptions = {},
): Paragraph[] {
  const { session } = data;
  const out: Paragraph[] = [];
  out.push(
    new Paragraph({
      text: tr("minutes.title"),
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
    }),
  );
  out.push(heading(committee?.label ?? session.committeeId, HeadingLevel.HEADING_1));
  out.push(
    para(
      `${tr("minutes.sessionOf", { date: formatLongDate(session.date) })} ${tr("minutes.time", { time: frenchTime(session.startTime) })}`,
    ),
  );
  if (session.place) out.push(para(tr("minutes.place", { place: session.place })));
  if (session.teamsMeetingUrl) out.push(para(tr("minutes.teams", { url: session.teamsMeetingUrl })));

  out.push(heading(tr("minutes.attendees"), HeadingLevel.HEADING_2));
  const byPresence = (...presences: Attendee["presence"][]) =>
    session.attendees.filter((a) => presences.includes(a.presence)).map(attendeeText);
  const present = byPresence("present", "represente");
  const excused = byPresence("excuse");
  const absent = byPresence("absent");
  out.push(labelled(tr("minutes.present"), present.join(" ; ") || tr("minutes.none")));
  out.push(labelled(tr("minutes.excused"), excused.join(" ; ") || tr("minutes.none")));
  if (absent.length > 0) out.push(labelled(tr("minutes.absent"), absent.join(" ; ")));
  const quorum = checkQuorum(committee ?? {}, session);
  out.push(
    para(
      tr(`agenda.quorum.${quorum.status}`, {
        present: quorum.present,
        members: quorum.members,
        required: quorum.required ?? "",
        text: quorum.text ?? "",
      }),
    ),
  );

  const dossiers = scheduleAgenda(session, data.dossiers);
  // A decision corrected during the session: the latest one is the one recorded.
  const decisions = latestDecisions(data.decisions.filter((d) => d.sessionId === session.id));
  const flags = committee ? checkSessionTiming(committee, session, dossiers) : [];
  out.push(heading(tr("minutes.agenda"), HeadingLevel.HEADING_2));
  dossiers.forEach((dossier, index) => {
    out.push(
      heading(
        tr("minutes.dossierHeading", { index: index + 1, object: dossier.object }),
        HeadingLevel.HEADING_3,
      ),
    );
    out.push(
      para(
        tr("minutes.dossierFacts", {
          direction: dossier.direction,
          segment: segmentLabel(dossier.segmentId),
          procedure: procedureLabel(dossier.procedure),
          amount:
            dossier.estimatedAmountHT === undefined
              ? tr("minutes.amountUnknown")
              : formatAmount(dossier.estimatedAmountHT, { tax: "HT", wholeEuros: true }),
        }),
      ),
    );
    if (dossier.slot) out.push(para(tr("minutes.slot", dossier.slot)));
    if (dossier.presenter) out.push(para(tr("minutes.presenter", { presenter: dossier.presenter })));
    const date = (value: string | undefined) => (value ? formatDate(value) : tr("minutes.notSet"));
    out.push(
      para(
        tr("minutes.dates", {
          publication: date(dossier.plannedPublicationDate),
          award: date(dossier.plannedAwardDate),
          end: date(dossier.currentContractEnd),
        }),
      ),
    );
    out.push(
      para(
        tr("minutes.flags", {
          targeted: tr(dossier.targeted ? "minutes.yes" : "minutes.no"),
          recurring: tr(dossier.recurring ? "minutes.yes" : "minutes.no"),
        }),
      ),
    );
    if (dossier.proposedLevers.length > 0) {
      out.push(
        para(
          tr("minutes.levers", {
            levers: dossier.proposedLevers.map((l) => describeLeverRef(l, clauseTitle)).join(", "),
          }),
        ),
      );
    }
    const cotation = cotationOf(dossier);
    if (cotation) {
      out.push(new Paragraph({ children: [new TextRun({ text: describeCotation(cotation), bold: true })] }));
      for (const line of describeCotationLines(cotation)) out.push(bullet(line));
      if (dossier.cotation?.comment) out.push(para(dossier.cotation.comment));
    } else {
      out.push(para(tr("minutes.cotationNone")));
    }
    const dossierFlags = flags.filter((f) => f.dossierId === dossier.id);
    if (dossierFlags.length > 0) {
      out.push(listTitle(tr("minutes.timingAlerts")));
      for (const flag of dossierFlags) out.push(bullet(flag.message));
    }
    const decision = decisions.get(dossier.id);
    if (decision) {
      out.push(
        new Paragraph({
          children: [
            new TextRun({
              text: tr("minutes.decision", { outcome: outcomeLabel(decision.outcome) }),
              bold: true,
            }),
          ],
        }),
      );
      if (decision.conditions.length > 0) {
        out.push(listTitle(tr("minutes.conditions")));
        for (const condition of decision.conditions) out.push(bullet(condition));
      }
      if (decision.provisions.length > 0) {
        out.push(listTitle(tr("minutes.provisions")));
        for (const provision of decision.provisions)
          out.push(bullet(describeProvision(provision, clauseTitle)));
      }
      if (decision.note) out.push(para(tr("minutes.note", { note: decision.note })));
    } else {
      out.push(para(tr("minutes.noDecision")));
    }
    const actions = data.actions.filter((a) => a.dossierId === dossier.id);
    if (actions.length > 0) {
      out.push(listTitle(tr("minutes.actions")));
      for (const action of actions) out.push(bullet(actionText(action)));
    }
  });

  const dossierIds = new Set(dossiers.map((d) => d.id));
  const general = data.actions.filter((a) => a.dossierId === undefined || !dossierIds.has(a.dossierId));
  if (general.length > 0) {
    out.push(heading(tr("minutes.generalActions"), HeadingLevel.HEADING_2));
    for (const action of general) out.push(bullet(actionText(action)));
  }

  out.push(heading(tr("minutes.carriedOver"), HeadingLevel.HEADING_2));
  if (data.carriedOver.length === 0) out.push(para(tr("minutes.carriedOverNone")));
  for (const action of data.carriedOver) out.push(bullet(actionText(action)));
  return out;
}

/**
 * The minutes as .docx bytes. `committee` gives the label, quorum and timing rules (else the id is shown);
 * `options.clauseTitle` names the clauses of the levers and provisions.
 */
export async function buildMinutesDocx(
  data: SessionExport,
  committee?: Committee,
  options: MinutesOptions = {},
): Promise<Uint8Array> {
  const document = new Document({
    creator: "SPASER 365",
    title: `${tr("minutes.title")} — ${committee?.label ?? data.session.committeeId} — ${formatDate(data.session.date)}`,
    styles: { default: { document: { run: { font: "Calibri", size: 22 } } } },
    sections: [{ children: minutesParagraphs(data, committee, options) }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
