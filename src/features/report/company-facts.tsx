import type { Company } from '../../domain/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { reportMessages } from './messages.ts'

/** Industry, size and the respondent's role from the company step, under the report's heading. */
export function CompanyFacts({ company }: { company: Company | undefined }) {
  const t = useT(reportMessages).facts
  const facts = [
    { key: 'industry', term: t.industry, value: company?.industry },
    { key: 'size', term: t.size, value: company?.size && t.employees(company.size) },
    { key: 'role', term: t.role, value: company?.role },
  ].filter((fact): fact is { key: string; term: string; value: string } => Boolean(fact.value?.trim()))
  if (facts.length === 0) return null
  return (
    <dl className="report-facts">
      {facts.map((fact) => (
        <div key={fact.key}>
          <dt>{fact.term}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  )
}
