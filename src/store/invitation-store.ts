import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { invitationSchema, type Invitation } from '../domain/index.ts'
import { versionedStorage } from './versioned-storage.ts'

export const INVITATION_STORAGE_KEY = 'groundwork.invitation'

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
