import type { Locale, PurchaseCheck } from '../domain/index.ts'
import type { Voice } from './findings.ts'

/** "Before you buy": the same words on the report and in the PDF. */
export interface ToldPurchase {
  heading: string
  verdict: string
  body: string
  /** The points to settle first, each "question: where the answers stand". */
  openLabel: string | null
}

interface Names {
  item: string
  businessModelScore: string
  threshold: string
}

export const purchaseLabels: Record<Locale, { heading: string; question: string; none: string; lead: string }> = {
  de: {
    heading: 'Bevor Sie kaufen',
    question: 'Welche Art von Werkzeug wird Ihnen gerade angeboten?',
    none: 'Keines – nichts im Gespräch',
    lead: 'Groundwork sagt Ihnen vor dem Kauf, ob Ihr Fundament das Werkzeug trägt und was Sie vorher klären sollten – aus Ihren eigenen Antworten.',
  },
  en: {
    heading: 'Before you buy',
    question: 'What kind of tool are you being offered right now?',
    none: 'None – nothing on the table',
    lead: 'Before you buy, Groundwork tells you whether your foundation carries the tool and what to settle first – from your own answers.',
  },
}

/** The verdict on a tool being offered, in one language and voice. */
export function tellPurchase(check: PurchaseCheck, names: Names, locale: Locale, voice: Voice): ToldPurchase {
  const you = voice === 'you'
  const say = (texts: Record<Locale, string>) => texts[locale]
  const heading = `${purchaseLabels[locale].heading}: ${names.item}`
  switch (check.verdict) {
    case 'useWhatYouHave':
      return {
        heading,
        verdict: say({ de: 'Erst das nutzen, was schon da ist.', en: 'Use what you have first.' }),
        body: say({
          de: `${you ? 'Sie haben' : 'Das Unternehmen hat'} bereits ein Werkzeug dieser Art, und nur wenige der Menschen, für die es gekauft wurde, nutzen es. Ein zweites löst das nicht. Fragen Sie zuerst, warum das vorhandene liegen bleibt – Ablauf, Schulung oder der falsche Zweck.`,
          en: `${you ? 'You already have' : 'The company already has'} a tool of this kind, and few of the people it was bought for use it. A second one will not change that. First find out why the one you have lies idle – the process, the training or the wrong purpose.`,
        }),
        openLabel: check.open.length > 0 ? say({ de: 'Außerdem noch offen:', en: 'Also still open:' }) : null,
      }
    case 'settleFirst':
      return {
        heading,
        verdict: say({
          de: 'Das Fundament trägt es noch nicht – erst klären, dann entscheiden.',
          en: 'The foundation does not carry it yet – settle first, then decide.',
        }),
        body: say({
          de: `${
            check.businessModelCarries
              ? 'Das Geschäftsmodell trägt die Entscheidung'
              : `Das Geschäftsmodell erreicht ${names.businessModelScore} Punkte; getragen wird ein solcher Kauf ab ${names.threshold}`
          }${check.open.length > 0 ? `, ${check.businessModelCarries ? 'aber' : 'und'} einiges, woran das Werkzeug hängt, ist noch nicht geklärt` : ''}. Ein Werkzeug bildet ab, was im Unternehmen schon klar ist. Klären Sie die folgenden Punkte, bevor Sie unterschreiben – sie kosten nichts außer Zeit.`,
          en: `${
            check.businessModelCarries
              ? 'The business model carries the decision'
              : `The business model scores ${names.businessModelScore}; a purchase like this is carried from ${names.threshold}`
          }${check.open.length > 0 ? `, ${check.businessModelCarries ? 'but' : 'and'} some of what the tool depends on is not settled yet` : ''}. A tool can only reflect what is already clear in a company. Settle the points below before you sign – they cost nothing but time.`,
        }),
        openLabel: check.open.length > 0 ? say({ de: 'Vorher klären:', en: 'Settle first:' }) : null,
      }
    case 'carried':
      return {
        heading,
        verdict: say({
          de:
            check.alreadyIntroduced === 'mostUse' ? 'Eines ist schon da und wird genutzt.' : 'Das Fundament trägt es.',
          en:
            check.alreadyIntroduced === 'mostUse'
              ? 'You have one already, and it is used.'
              : 'The foundation carries it.',
        }),
        body: say({
          de: `Das Geschäftsmodell (${names.businessModelScore}) und die Punkte, an denen ein solches Werkzeug hängt, sind geklärt. ${check.alreadyIntroduced === 'mostUse' ? 'Prüfen Sie, ob das Angebot etwas kann, was Ihr vorhandenes Werkzeug nicht kann.' : 'Entscheiden Sie nach dem Problem, das es lösen soll, nicht nach der Vorführung des Anbieters.'}`,
          en: `The business model (${names.businessModelScore}) and the points a tool like this depends on are settled. ${check.alreadyIntroduced === 'mostUse' ? 'Check whether the offer does anything the tool you have cannot.' : 'Decide by the problem it should solve, not by the vendor’s demo.'}`,
        }),
        openLabel: null,
      }
  }
}
