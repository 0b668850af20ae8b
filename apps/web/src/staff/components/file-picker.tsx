/**
 * A file button in the catalogue's words (the browser's own speaks the browser's language), with
 * the chosen file's name beside it. The input stays a real, focusable file input.
 */
export function FilePicker({ label, accept, filename, onFile }: { label: string; accept: string; filename?: string; onFile: (file: File) => void }) {
  return (
    <div className="field staff-file">
      <label className="btn btn--secondary staff-file__button">
        {label}
        <input
          className="staff-file__input"
          type="file"
          accept={accept}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) onFile(file);
          }}
        />
      </label>
      {filename && <span className="muted">{filename}</span>}
    </div>
  );
}
