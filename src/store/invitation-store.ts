import { z } from 'zod'
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { versionedStorage } from './versioned-storage.ts'

export const INVITATION_STORAGE_KEY = 'groundwork.invitation'

/** A participant's device: the workshop they were invited to, so their answers can be sent back to it. */
const invitationSchema = z.object({
  workshopId: z.string().min(1).max(100),
  title: z.string().max(200),
  questionnaire: z.object({ id: z.string().max(64), version: z.string().max(32) }),
})
export type Invitation = z.infer<typeof invitationSchema>

interface InvitationState {
  invitation: Invitation | null
  accept: (invitation: Invitation) => void
  forget: () => void
}

export const useInvitationStore = create<InvitationState>()(
  persist(
    (set) => ({
      invitation: null,
      accept: (invitation) => set({ invitation }),
      forget: () => set({ invitation: null }),
    }),
    {
      ...versionedStorage(INVITATION_STORAGE_KEY, 1),
      partialize: ({ invitation }) => ({ invitation }),
      // Nothing valuable is lost by dropping a damaged invitation: the link can be opened again.
      merge: (persisted, current) => {
        const checked = invitationSchema.safeParse((persisted as { invitation?: unknown } | undefined)?.invitation)
        return checked.success ? { ...current, invitation: checked.data } : current
      },
    },
  ),
)
