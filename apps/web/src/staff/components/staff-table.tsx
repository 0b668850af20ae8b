import type { ReactNode } from 'react';

/** A column's heading: its words, or `{ label, hidden }` for one heard by screen readers only (a column of buttons). */
export type StaffColumn = string | { label: string; className?: string; hidden?: boolean };

interface StaffTableProps {
  columns: readonly StaffColumn[];
  /** The rows (`<tr>`s). */
  children: ReactNode;
  testId?: string;
  /** A `<caption>` for the table, when it has one. */
  caption?: ReactNode;
}

/** A staff list as a table that scrolls sideways on a narrow screen: the column headings, then the rows. */
export function StaffTable({ columns, children, testId, caption }: StaffTableProps) {
  return (
    <div className="staff-table" data-testid={testId}>
      <table>
        {caption}
        <thead>
          <tr>
            {columns.map((column, i) => {
              const { label, className, hidden }: Exclude<StaffColumn, string> = typeof column === 'string' ? { label: column } : column;
              return (
                <th scope="col" key={i} className={className}>
                  {hidden ? <span className="sr-only">{label}</span> : label}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
