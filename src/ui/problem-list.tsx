import { problemText, type ProblemContext, type ValidationProblem } from '../domain/index.ts'
import { useLocale } from '../i18n/use-t.ts'

interface ProblemListProps {
  heading: string
  problems: readonly ValidationProblem[]
  /** Long lists are cut; the count of the rest is still shown. */
  limit?: number
  moreLabel: (count: number) => string
  /** The questionnaire the file answers, when known: questions are then named by their titles. */
  context?: ProblemContext
}

/** What is wrong with a file, each problem with its JSON path and in the user's language, announced as an alert. */
export function ProblemList({ heading, problems, limit = 20, moreLabel, context }: ProblemListProps) {
  const locale = useLocale()
  const shown = problems.slice(0, limit)
  return (
    <div role="alert" className="notice notice-error">
      <p>
        <strong>{heading}</strong>
      </p>
      <ul className="problem-list">
        {shown.map((problem, i) => (
          <li key={`${problem.path}-${i}`}>
            <code>{problem.path}</code>: {problemText(problem, locale, context)}
          </li>
        ))}
      </ul>
      {problems.length > shown.length && <p>{moreLabel(problems.length - shown.length)}</p>}
    </div>
  )
}
