'use client';

/**
 * Where the reader's progress is kept, said plainly, and the button that forgets it.
 * In an embed nothing is kept and there is nothing to forget.
 */
import { useState } from 'react';
import type { PracticeStrings } from '@/content/messages/practice-strings';
import type { Keeping, ProgressStore } from './progress-store';

export function PracticeFooter({ t, keeping, store }: { t: PracticeStrings; keeping: Keeping; store: ProgressStore }) {
  const [forgotten, setForgotten] = useState(false);
  if (keeping === 'memory') return <p className="practice-privacy muted">{t.noStorage}</p>;
  return (
    <div className="practice-privacy">
      {keeping === 'blocked' ? (
        <p className="notice" role="note">
          {t.storageBlocked}
        </p>
      ) : (
        <p className="muted">{t.privacy}</p>
      )}
      <p>
        <button
          type="button"
          onClick={() => {
            store.forget();
            setForgotten(true);
          }}
        >
          {t.forget}
        </button>{' '}
        <span role="status">{forgotten ? t.forgotten : ''}</span>
      </p>
    </div>
  );
}
