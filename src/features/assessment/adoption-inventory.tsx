import { ADOPTION_CHOICES, adoptionChoiceOf, type AdoptionChoice, type AssessmentResponse } from '../../domain/index.ts'
import type { Adoption } from '../../domain/index.ts'
import { useLocale, useT } from '../../i18n/use-t.ts'
import { useAssessmentStore } from '../../store/assessment-store.ts'
import { inventoryMessages } from './inventory-messages.ts'

/**
 * The adoption inventory: per kind of software, whether it was introduced and whether most of the
 * people it was bought for use it. What was bought is measured apart from how well tools are used.
 */
export function AdoptionInventory({ adoption, response }: { adoption: Adoption; response: AssessmentResponse }) {
  const t = useT(inventoryMessages)
  const locale = useLocale()
  const setAdoption = useAssessmentStore((s) => s.setAdoption)
  const answered = adoption.items.filter((item) => adoptionChoiceOf(response.adoption, item.id) !== undefined).length
  return (
    <section className="inventory" aria-labelledby="inventory-heading">
      <h2 id="inventory-heading">{t.heading}</h2>
      <p className="inventory-intro">{adoption.intro[locale]}</p>
      <p className="field-hint">
        {t.usedHint} <span className="inventory-count">{t.answered(answered, adoption.items.length)}</span>
      </p>
      <ul className="inventory-items">
        {adoption.items.map((item) => {
          const choice = adoptionChoiceOf(response.adoption, item.id)
          const name = `inventory-${item.id}`
          return (
            <li key={item.id} className={choice === undefined ? 'inventory-item' : 'inventory-item inventory-answered'}>
              <fieldset>
                <legend>
                  <span className="inventory-title">{item.title[locale]}</span>{' '}
                  <span className="inventory-examples">{item.examples[locale]}</span>
                </legend>
                <div className="inventory-choices">
                  {ADOPTION_CHOICES.map((value: AdoptionChoice) => (
                    <div className="inventory-choice" key={value}>
                      <input
                        type="radio"
                        id={`${name}-${value}`}
                        name={name}
                        value={value}
                        checked={choice === value}
                        onChange={() => setAdoption(item.id, value)}
                      />
                      <label htmlFor={`${name}-${value}`}>{t.choices[value]}</label>
                    </div>
                  ))}
                </div>
              </fieldset>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
