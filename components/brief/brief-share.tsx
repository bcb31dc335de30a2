'use client';

/** The brief's address, to copy and send: opening it shows the same brief. */
import { useId, useState } from 'react';
import { briefStrings } from '@/content/messages/brief-strings';
import type { Lang } from '@/graph/schema';

export function BriefShare({ lang, address }: { lang: Lang; address: string }) {
  const s = briefStrings(lang);
  const id = useId();
  const [status, setStatus] = useState('');
  const copy = () => {
    navigator.clipboard.writeText(address).then(
      () => setStatus(s.copied),
      () => setStatus(s.copyFailed),
    );
  };
  return (
    <div className="brief-share">
      <label htmlFor={id}>{s.share}</label>
      <input id={id} type="text" readOnly value={address} onFocus={(e) => e.currentTarget.select()} />
      <button type="button" onClick={copy}>
        {s.copy}
      </button>
      <span className="muted" role="status">
        {status}
      </span>
    </div>
  );
}
