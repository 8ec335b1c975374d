import type { ReactNode } from 'react'
import { Dialog } from '../../ui/dialog.tsx'
import { Button } from '../../ui/button.tsx'

interface ConfirmDialogProps {
  open: boolean
  title: string
  confirm: string
  cancel: string
  onConfirm: () => void
  onCancel: () => void
  children?: ReactNode
}

/** Asks before something is deleted: the question, what it means, then confirm or cancel. */
export function ConfirmDialog({ open, title, confirm, cancel, onConfirm, onCancel, children }: ConfirmDialogProps) {
  return (
    <Dialog open={open} title={title} onClose={onCancel}>
      {children}
      <div className="button-row">
        {/* Cancel first: it takes the focus when the dialog opens, so Enter never deletes by accident. */}
        <Button onClick={onCancel}>{cancel}</Button>
        <Button variant="danger" onClick={onConfirm}>
          {confirm}
        </Button>
      </div>
    </Dialog>
  )
}
