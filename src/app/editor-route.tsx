import { useState } from 'react'
import type { Answer, Question } from '../domain/index.ts'
import { QuestionCard } from '../features/assessment/question-card.tsx'
import { EditorPage } from '../features/editor/editor-page.tsx'
import { QuestionnaireDiffView } from '../features/settings/questionnaire-diff-view.tsx'
import { XlsxDownloadButton } from '../features/settings/xlsx-download-button.tsx'
import '../features/assessment/assessment.css'

/** The question card as the assessment shows it, answered in the preview only (the open assessment is not touched). */
function PreviewQuestion({ question, position, count }: { question: Question; position: number; count: number }) {
  const [answer, setAnswer] = useState<Answer>({})
  return (
    <QuestionCard
      question={question}
      position={position}
      count={count}
      answer={answer}
      answering={{
        setChoice: (_id, choice) =>
          setAnswer(({ choice: _old, ...rest }) => (choice === undefined ? rest : { ...rest, choice })),
        setNote: (_id, note) => setAnswer((a) => ({ ...a, note })),
        visit: () => undefined,
      }}
    />
  )
}

/** The questionnaire editor with the assessment's question card in its preview: features meet here. */
export function EditorRoute() {
  return (
    <EditorPage
      questionPreview={(props) => <PreviewQuestion key={props.question.id} {...props} />}
      changeSummary={({ before, after }) => <QuestionnaireDiffView before={before} after={after} />}
      exports={(draft) => <XlsxDownloadButton questionnaire={draft} />}
    />
  )
}
