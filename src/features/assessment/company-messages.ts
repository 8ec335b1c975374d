import { defineMessages } from '../../i18n/define-messages.ts'

// The words of the optional company step: loaded with it.
export const companyMessages = defineMessages(
  {
    company: {
      documentTitle: 'Über Ihr Unternehmen',
      eyebrow: 'Optional',
      title: 'Über Ihr Unternehmen',
      intro:
        'Diese Angaben erscheinen nur auf Ihrem Bericht und bleiben in diesem Browser. Sie können den Schritt auch überspringen.',
      name: 'Name des Unternehmens',
      industry: 'Branche',
      industryHint: 'Zum Beispiel Sanitär- und Heizungstechnik, Steuerberatung, Maschinenbau',
      size: 'Größe',
      sizeNone: 'Keine Angabe',
      sizeOptions: {
        '1–9': '1 bis 9 Beschäftigte',
        '10–49': '10 bis 49 Beschäftigte',
        '50–249': '50 bis 249 Beschäftigte',
        '250–499': '250 bis 499 Beschäftigte',
        '500+': '500 Beschäftigte und mehr',
      },
      role: 'Ihre Rolle',
      roleHint: 'Zum Beispiel Inhaberin, Geschäftsführer, Bereichsleitung',
      tooLong: (max: number) => `Bitte höchstens ${max} Zeichen.`,
      invalid: 'Bitte prüfen Sie diese Angabe.',
      submit: 'Speichern und weiter',
      skip: 'Überspringen',
    },
  },
  {
    company: {
      documentTitle: 'About your company',
      eyebrow: 'Optional',
      title: 'About your company',
      intro: 'These details appear on your report only and stay in this browser. You can also skip this step.',
      name: 'Company name',
      industry: 'Industry',
      industryHint: 'For example plumbing and heating, tax advice, mechanical engineering',
      size: 'Size',
      sizeNone: 'Not specified',
      sizeOptions: {
        '1–9': '1 to 9 employees',
        '10–49': '10 to 49 employees',
        '50–249': '50 to 249 employees',
        '250–499': '250 to 499 employees',
        '500+': '500 employees or more',
      },
      role: 'Your role',
      roleHint: 'For example owner, managing director, head of department',
      tooLong: (max: number) => `Please use at most ${max} characters.`,
      invalid: 'Please check this entry.',
      submit: 'Save and continue',
      skip: 'Skip',
    },
  },
)
