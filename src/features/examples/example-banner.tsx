import { Link } from 'react-router'
import { useT } from '../../i18n/use-t.ts'
import { EXAMPLE_COMPANIES, EXAMPLE_NAMES, examplePath, type ExampleName } from './example-names.ts'
import { exampleMessages } from './messages.ts'
import { paths } from '../../ui/paths.ts'
import { ButtonLink } from '../../ui/button.tsx'
import './examples.css'

/** Says, above the report, that the answers are invented and the reader's own stay untouched. */
export function ExampleBanner({ name }: { name: ExampleName }) {
  const t = useT(exampleMessages)
  const company = EXAMPLE_COMPANIES[name]
  return (
    <div className="example-banner" role="note" aria-label={t.banner.title}>
      <p className="example-banner-title">{t.banner.title}</p>
      <p>{t.banner.body(company)}</p>
      <p className="example-banner-others no-print">
        {t.banner.others}{' '}
        {EXAMPLE_NAMES.filter((other) => other !== name).map((other, i) => (
          <span key={other}>
            {i > 0 && ' · '}
            <Link to={examplePath(other)}>{EXAMPLE_COMPANIES[other]}</Link>
          </span>
        ))}
      </p>
      <p className="no-print">
        <ButtonLink to={paths.home()} variant="primary">
          {t.banner.begin}
        </ButtonLink>
      </p>
    </div>
  )
}
