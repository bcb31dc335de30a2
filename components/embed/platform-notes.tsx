/** Where to paste an embed, platform by platform: the dialog's short notes and the guide's longer ones. */
export function PlatformNotes({ notes }: { notes: readonly (readonly [string, string])[] }) {
  return (
    <dl className="platform-notes">
      {notes.map(([name, note]) => (
        <div key={name}>
          <dt>{name}</dt>
          <dd>{note}</dd>
        </div>
      ))}
    </dl>
  );
}
