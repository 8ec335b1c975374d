import {
  bilingual,
  localize,
  oneOrMany,
  roundScore,
  type Finding,
  type Locale,
  type Questionnaire,
  type ScoreReport,
  type Verdict,
} from '../domain/index.ts'

/** Who the report speaks to: the owner on screen, the company in the PDF, the team in a workshop. */
export type Voice = 'you' | 'company' | 'team'

/** What a finding needs to be told: numbers already formatted, names already localized. */
export interface FindingContext {
  locale: Locale
  voice: Voice
  score: (value: number) => string
  percent: (ratio: number) => string
  list: (items: readonly string[]) => string
  dimensionTitle: (id: string) => string
  questionTitle: (id: string) => string
  itemTitle: (id: string) => string
  /** Whether the plan's first step after the risks is a business-model step: findings must not say otherwise. */
  planLeadsWithBusinessModel: boolean
  /** The questionnaire's own words for findings, where its author gave them. */
  overrides?: Questionnaire['findings']
}

export interface ToldFinding {
  key: string
  tone: 'warning' | 'notice' | 'positive'
  title: string
  paragraphs: string[]
  /** Named items (questions, tools) under a label. */
  list?: { label: string; items: string[] }
}

type ByVoice = Record<Voice, string>
const pick = (voice: Voice, texts: ByVoice) => texts[voice]

const CRM_STORY: Record<Locale, string> = {
  de: 'Bei CRM ist es schon einmal so gegangen: CRM begann als Management-Methode – das ganze Unternehmen konsequent auf seine Kunden auszurichten – und wurde mit der Zeit zum Software-Kauf; wer heute nach „CRM“ sucht, findet fast nur Anbieter von Programmen. Der Digitalisierung droht dasselbe. Ein Werkzeug bildet ab, was im Unternehmen schon klar ist – es macht es nicht klar.',
  en: 'This has happened before, with CRM: it began as a management method – orienting the whole company towards its customers – and over time became a software purchase; search for “CRM” today and you find almost nothing but software vendors. Digitalisation is going the same way. A tool can only reflect what is already clear in a company; it cannot make it clear.',
}

/** A finding in the context's language and voice: each text in German and English side by side. */
function tellIn(f: Finding, c: FindingContext): ToldFinding {
  const v = (texts: ByVoice) => pick(c.voice, texts)
  const say = (texts: Record<Locale, string>) => texts[c.locale]
  switch (f.kind) {
    case 'weakBusinessModel':
      return {
        key: f.kind,
        tone: 'warning',
        title: say({
          de: 'Das Geschäftsmodell ist noch nicht gemeinsam geklärt',
          en: 'The business model is not yet settled together',
        }),
        paragraphs: [
          say({
            de: `${v({ you: 'Ihr Geschäftsmodell erreicht', company: 'Das Geschäftsmodell erreicht', team: 'Das Geschäftsmodell erreicht aus Sicht des Teams' })} ${c.score(f.score)} von 100 Punkten, weniger als ${c.score(f.threshold)}. Das heißt nicht, dass ${v({ you: 'Sie Ihr Geschäft nicht kennen', company: 'die Führung ihr Geschäft nicht kennt', team: 'die Führung ihr Geschäft nicht kennt' })}: Gemessen wird, ob das Verständnis im Unternehmen geteilt, an Zahlen geprüft und gelebt wird. Zu verstehen, welchen Wert ${v({ you: 'Sie', company: 'das Unternehmen', team: 'das Unternehmen' })} für wen ${v({ you: 'schaffen', company: 'schafft', team: 'schafft' })} und womit ${v({ you: 'Sie Ihr', company: 'es sein', team: 'es sein' })} Geld ${v({ you: 'verdienen', company: 'verdient', team: 'verdient' })}, ist die Königsdisziplin: Daran hängt, welche Kunden gesucht werden, was die Mitarbeitenden können müssen und ob ein Werkzeug überhaupt nötig ist.`,
            en: `${v({ you: 'Your business model', company: 'The business model', team: "In the team's view, the business model" })} scores ${c.score(f.score)} of 100, below ${c.score(f.threshold)}. That does not mean ${v({ you: 'you do not know your business', company: 'management does not know its business', team: 'management does not know its business' })}: what is measured is whether the understanding is shared in the company, checked against figures and lived. Understanding what value ${v({ you: 'you create', company: 'the company creates', team: 'the company creates' })} for whom and what earns the money is the discipline that comes first: it decides which customers to seek, what staff need to be able to do and whether a tool is needed at all.`,
          }),
        ],
      }
    case 'laggingArea':
      return {
        key: f.kind,
        tone: 'warning',
        title: say({
          de: `${c.dimensionTitle(f.dimensionId)} bleibt zurück`,
          en: `${c.dimensionTitle(f.dimensionId)} lags behind`,
        }),
        paragraphs: [
          say({
            de: `${c.dimensionTitle(f.dimensionId)} erreicht ${c.score(f.score)} Punkte, die übrigen Bereiche des Fundaments im Mittel ${c.score(f.othersMean)}. Ein Fundament trägt nur so weit wie sein schwächster Teil: Was ${v({ you: 'Sie', company: 'das Unternehmen', team: 'das Unternehmen' })} im Geschäftsmodell ${v({ you: 'klären', company: 'klärt', team: 'klärt' })}, kommt hier nicht an. Der Plan nimmt diesen Bereich deshalb früh auf, im Wechsel mit dem Geschäftsmodell.`,
            en: `${c.dimensionTitle(f.dimensionId)} scores ${c.score(f.score)}, the other areas of the foundation ${c.score(f.othersMean)} on average. A foundation carries only as far as its weakest part: what ${v({ you: 'you settle', company: 'the company settles', team: 'the company settles' })} in the business model does not arrive here. That is why the plan takes this area up early, alternating with the business model.`,
          }),
        ],
      }
    case 'risksThatDoNotWait':
      return {
        key: f.kind,
        tone: 'warning',
        title: say({ de: 'Risiken, die nicht warten', en: 'Risks that do not wait' }),
        paragraphs: [
          say({
            de: `${oneOrMany(f.questionIds.length, 'Eine Antwort zeigt ein Risiko, das', `${f.questionIds.length} Antworten zeigen Risiken, die`)} ${v({ you: 'Sie', company: 'das Unternehmen', team: 'das Unternehmen' })} unabhängig vom Geschäftsmodell treffen ${oneOrMany(f.questionIds.length, 'kann', 'können')} – ein Ausfall, ein Verlust von Daten oder Wissen. Solche Schritte kosten meist wenig und warten nicht auf die große Klärung: Sie stehen im Plan deshalb oben, im Wechsel mit dem Geschäftsmodell und dem schwächsten übrigen Bereich, das Dringendste zuerst.`,
            en: `${oneOrMany(f.questionIds.length, 'One answer shows a risk', `${f.questionIds.length} answers show risks`)} that can hit ${v({ you: 'you', company: 'the company', team: 'the company' })} whatever the business model – an outage, lost data or lost knowledge. Such steps usually cost little and need not wait for the big questions: that is why they head the plan, taking turns with the business model and the weakest other area, the most urgent first.`,
          }),
        ],
        list: {
          label: say({ de: 'Betroffen:', en: 'Concerned:' }),
          items: f.questionIds.map(c.questionTitle),
        },
      }
    case 'adoptionAheadOfFoundation':
      return {
        key: f.kind,
        tone: 'warning',
        title: say({
          de: 'Werkzeuge gekauft, bevor das Geschäft verstanden ist',
          en: 'Tools bought before the business is understood',
        }),
        paragraphs: [
          say({
            de: `${v({ you: 'Sie haben', company: 'Das Unternehmen hat', team: 'Das Unternehmen hat' })} ${c.score(f.adoptionIndex)} von 100 möglichen Punkten an Werkzeugen eingeführt, ${v({ you: 'Ihr', company: 'das', team: 'das' })} Geschäftsmodell erreicht aber nur ${c.score(f.businessModelScore)} – und von dem, was eingeführt ist, nutzen nur ${c.percent(f.useRate)} die meisten der Menschen, für die es gekauft wurde. Die Werkzeuge sind dem Verständnis des eigenen Geschäfts vorausgelaufen, und die Nutzung trägt sie nicht.`,
            en: `${v({ you: 'You have', company: 'The company has', team: 'The company has' })} introduced tools worth ${c.score(f.adoptionIndex)} of 100 points, but the business model scores only ${c.score(f.businessModelScore)} – and of what was introduced, only ${c.percent(f.useRate)} is used by most of the people it was bought for. The tools have run ahead of the understanding of the business, and use does not carry them.`,
          }),
          say(CRM_STORY),
          say({
            de: `Kaufen Sie deshalb nichts Neues, bevor das Geschäftsmodell klarer ist.${c.planLeadsWithBusinessModel ? ' Der Plan beginnt beim Geschäftsmodell.' : ''}`,
            en: `So buy nothing new until the business model is clearer.${c.planLeadsWithBusinessModel ? ' The plan starts with the business model.' : ''}`,
          }),
        ],
      }
    case 'boughtBarelyUsed': {
      const n = f.itemIds.length
      return {
        key: f.kind,
        tone: 'warning',
        title: say({ de: 'Gekauft, aber kaum genutzt', en: 'Bought, barely used' }),
        paragraphs: [
          say({
            de: `${oneOrMany(n, 'Ein Werkzeug wird', `${n} von ${f.introduced} eingeführten Werkzeugen werden`)} nur von wenigen der Menschen genutzt, für die ${oneOrMany(n, 'es', 'sie')} angeschafft ${oneOrMany(n, 'wurde', 'wurden')}. Fragen Sie die Menschen, für die ${oneOrMany(n, 'es', 'sie')} gedacht ${oneOrMany(n, 'war', 'waren')}, was sie stattdessen tun und warum – die Antwort sagt mehr über Abläufe und Kunden als über die Software. Danach entscheiden: Ablauf klären und einführen, oder kündigen.`,
            en: `${oneOrMany(n, 'One tool is', `${n} of ${f.introduced} tools introduced are`)} used by few of the people ${oneOrMany(n, 'it was', 'they were')} bought for. Ask those people what they do instead, and why – the answer says more about processes and customers than about the software. Then decide: settle the process and roll it out properly, or cancel.`,
          }),
        ],
        list: {
          label: say({ de: 'Kaum genutzt:', en: 'Barely used:' }),
          items: f.itemIds.map(c.itemTitle),
        },
      }
    }
    case 'foundationCarriesTools':
      return {
        key: f.kind,
        tone: 'positive',
        title: say({ de: 'Das Fundament trägt jetzt auch Werkzeuge', en: 'The foundation now carries tools' }),
        paragraphs: [
          say({
            de: `${v({ you: 'Ihr Fundament', company: 'Das Fundament', team: 'Das Fundament' })} steht bei ${c.score(f.foundationIndex)}, das Geschäftsmodell bei ${c.score(f.businessModelScore)}; eingeführt ${v({ you: 'haben Sie', company: 'hat das Unternehmen', team: 'hat das Unternehmen' })} bisher wenig (${c.score(f.adoptionIndex)} von 100). Das ist kein Mangel – es ist die richtige Reihenfolge. Wo ein Werkzeug einem Ablauf dient, den ${v({ you: 'Sie', company: 'das Unternehmen', team: 'das Team' })} schon ${v({ you: 'leben', company: 'lebt', team: 'lebt' })}, kann es jetzt helfen: Begründen Sie jedes aus dem Geschäftsmodell, nicht aus dem Angebot eines Anbieters.`,
            en: `${v({ you: 'Your foundation', company: 'The foundation', team: 'The foundation' })} stands at ${c.score(f.foundationIndex)}, the business model at ${c.score(f.businessModelScore)}; little has been introduced so far (${c.score(f.adoptionIndex)} of 100). That is no shortcoming – it is the right order. Where a tool serves a practice ${v({ you: 'you', company: 'the company', team: 'the team' })} already ${v({ you: 'live', company: 'lives', team: 'lives' })}, it can help now: justify each one from the business model, not from a vendor's offer.`,
          }),
        ],
        ...(f.candidateItemIds.length > 0
          ? {
              list: {
                label: say({ de: 'Noch nicht eingeführt:', en: 'Not introduced yet:' }),
                items: f.candidateItemIds.map(c.itemTitle),
              },
            }
          : {}),
      }
    case 'manyUnknowns':
      return {
        key: `${f.kind}-${f.dimensionId}`,
        tone: 'notice',
        title: say({
          de: `Viel Unbekanntes: ${c.dimensionTitle(f.dimensionId)}`,
          en: `Much is unknown: ${c.dimensionTitle(f.dimensionId)}`,
        }),
        paragraphs: [
          say({
            de: `Bei ${f.unknown} von ${f.answered} beantworteten Fragen lautet die Antwort „Weiß ich nicht“. Nicht zu wissen ist selbst ein Befund: Was man nicht kennt, kann man nicht steuern. Diese Antworten zählen wie Stufe 0. Herauszufinden, wie es tatsächlich steht, kostet nichts außer Zeit und ein paar Gespräche.`,
            en: `For ${f.unknown} of ${f.answered} answered questions the answer was “don’t know”. Not knowing is a finding in itself: you cannot steer what you do not know. These answers count as level 0. Finding out where things really stand costs nothing but time and a few conversations.`,
          }),
        ],
      }
    case 'notNeededNotCounted':
      return {
        key: f.kind,
        tone: 'notice',
        title: say({
          de: '„Für unser Geschäft nicht nötig“ zählt noch nicht',
          en: '“Not needed for our business” does not count yet',
        }),
        paragraphs: [
          say({
            de: `${oneOrMany(f.questionIds.length, 'Ein Werkzeug ist', `${f.questionIds.length} Werkzeuge sind`)} als nicht nötig eingestuft. Das kann gut stimmen. Die Wertung lässt solche Antworten aber erst weg, wenn das Geschäftsmodell mindestens ${c.score(f.threshold)} Punkte erreicht (jetzt ${c.score(f.businessModelScore ?? 0)}): Ob ein Werkzeug entbehrlich ist, zeigt sich am Geschäftsmodell, und das ist hier noch nicht weit genug geklärt, um es zu belegen. Bis dahin zählen diese Antworten wie „Weiß ich nicht“.`,
            en: `${oneOrMany(f.questionIds.length, 'One tool is', `${f.questionIds.length} tools are`)} marked as not needed. That may well be right. The score leaves such answers out only once the business model reaches ${c.score(f.threshold)} points (now ${c.score(f.businessModelScore ?? 0)}): whether a tool can be done without shows in the business model, and here it is not yet clear enough to bear that out. Until then these answers count as “don’t know”.`,
          }),
        ],
        list: {
          label: say({ de: 'Betroffen:', en: 'Concerned:' }),
          items: f.questionIds.map(c.questionTitle),
        },
      }
  }
}

/** Every finding in words, the same on screen, in the PDF and in the team report. */
export function tellFinding(finding: Finding, context: FindingContext): ToldFinding {
  const told = tellIn(finding, context)
  const own = context.overrides?.[finding.kind]
  if (!own) return told
  return {
    ...told,
    ...(own.title ? { title: localize(own.title, context.locale) } : {}),
    ...(own.text ? { paragraphs: [localize(own.text, context.locale)] } : {}),
  }
}

const VERDICTS = bilingual<Record<Verdict, ByVoice>>({
  none: {
    you: { de: 'Es liegen noch keine Antworten vor, die zählen.', en: 'There are no answers yet that count.' },
    company: { de: 'Es liegen noch keine Antworten vor, die zählen.', en: 'There are no answers yet that count.' },
    team: { de: 'Es liegen noch keine Antworten vor, die zählen.', en: 'There are no answers yet that count.' },
  },
  adoptionAhead: {
    you: {
      de: 'Sie haben mehr Werkzeuge eingeführt, als Ihr Verständnis des eigenen Geschäfts trägt – und sie werden kaum genutzt.',
      en: 'You have introduced more tools than your understanding of your own business carries – and they are barely used.',
    },
    company: {
      de: 'Das Unternehmen hat mehr Werkzeuge eingeführt, als sein Verständnis des eigenen Geschäfts trägt – und sie werden kaum genutzt.',
      en: 'The company has introduced more tools than its understanding of its own business carries – and they are barely used.',
    },
    team: {
      de: 'Aus Sicht des Teams wurden mehr Werkzeuge eingeführt, als das Verständnis des eigenen Geschäfts trägt – und sie werden kaum genutzt.',
      en: "In the team's view, more tools were introduced than the understanding of the business carries – and they are barely used.",
    },
  },
  weakBusinessModel: {
    you: {
      de: 'Ihr Geschäftsmodell ist im Unternehmen noch nicht gemeinsam geklärt – dort beginnt alles Weitere.',
      en: 'Your business model is not yet settled together in the company – that is where everything else starts.',
    },
    company: {
      de: 'Das Geschäftsmodell ist im Unternehmen noch nicht gemeinsam geklärt – dort beginnt alles Weitere.',
      en: 'The business model is not yet settled together in the company – that is where everything else starts.',
    },
    team: {
      de: 'Aus Sicht des Teams ist das Geschäftsmodell noch nicht gemeinsam geklärt – dort beginnt alles Weitere.',
      en: "In the team's view, the business model is not yet settled together – that is where everything else starts.",
    },
  },
  foundationLeads: {
    you: {
      de: 'Ihr Fundament ist weiter als Ihre Werkzeuge – die richtige Reihenfolge.',
      en: 'Your foundation is ahead of your tools – the right way round.',
    },
    company: {
      de: 'Das Fundament ist weiter als die Werkzeuge – die richtige Reihenfolge.',
      en: 'The foundation is ahead of the tools – the right way round.',
    },
    team: {
      de: 'Aus Sicht des Teams ist das Fundament weiter als die Werkzeuge – die richtige Reihenfolge.',
      en: "In the team's view, the foundation is ahead of the tools – the right way round.",
    },
  },
  balanced: {
    you: {
      de: 'Fundament und Werkzeuge halten Schritt miteinander.',
      en: 'Foundation and tools are keeping pace with each other.',
    },
    company: {
      de: 'Fundament und Werkzeuge halten Schritt miteinander.',
      en: 'Foundation and tools are keeping pace with each other.',
    },
    team: {
      de: 'Aus Sicht des Teams halten Fundament und Werkzeuge Schritt miteinander.',
      en: "In the team's view, foundation and tools are keeping pace with each other.",
    },
  },
})

/** The headline's sentence for the domain's verdict. */
export function tellVerdict(verdict: Verdict, locale: Locale, voice: Voice): string {
  return VERDICTS[locale][verdict][voice]
}

const TAGS: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' }

/** The context for telling a report's findings, in one language and voice. */
export function findingContext(
  report: ScoreReport,
  questionnaire: Questionnaire,
  locale: Locale,
  voice: Voice,
): FindingContext {
  const tag = TAGS[locale]
  const number = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 })
  const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 })
  const list = new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' })
  const titleOf = (entries: readonly { id: string; title: { de: string; en: string } }[]) => {
    const titles = new Map(entries.map((e) => [e.id, e.title]))
    return (id: string) => {
      const title = titles.get(id)
      return title ? localize(title, locale) : id
    }
  }
  return {
    locale,
    voice,
    score: (value) => number.format(roundScore(value)),
    percent: (ratio) => percent.format(ratio),
    list: (items) => list.format(items),
    dimensionTitle: titleOf(questionnaire.dimensions),
    questionTitle: titleOf(questionnaire.questions),
    itemTitle: titleOf(questionnaire.adoption?.items ?? []),
    planLeadsWithBusinessModel:
      report.actionPlan.find((step) => !step.risk)?.dimensionId === questionnaire.scoring.businessModelDimension,
    overrides: questionnaire.findings,
  }
}

/** All of a report's findings told in one language and voice. */
export function tellFindings(
  report: ScoreReport,
  questionnaire: Questionnaire,
  locale: Locale,
  voice: Voice,
): ToldFinding[] {
  const context = findingContext(report, questionnaire, locale, voice)
  return report.findings.map((finding) => tellFinding(finding, context))
}
