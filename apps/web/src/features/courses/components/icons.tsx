import type { CourseItemKind } from '@lms/contracts';

/** Small inline icons, decorative: the text beside them names the thing. */
const common = { viewBox: '0 0 24 24', width: 24, height: 24, 'aria-hidden': true, focusable: false } as const;
const stroke = { fill: 'none', stroke: 'currentColor', strokeWidth: 2, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;

export function LessonIcon() {
  return (
    <svg {...common}>
      <path {...stroke} d="M6 3h9l4 4v14H6z" />
      <path {...stroke} d="M9 11h7M9 15h7M9 7h3" />
    </svg>
  );
}

export function QuizIcon() {
  return (
    <svg {...common}>
      <rect {...stroke} x="4" y="3" width="16" height="18" rx="2" />
      <path {...stroke} d="m8 9 1.5 1.5L12 8M8 15l1.5 1.5L12 14M14.5 9.5H17M14.5 15.5H17" />
    </svg>
  );
}

export function ActivityIcon() {
  return (
    <svg {...common}>
      <path {...stroke} d="M12 3 3 8l9 5 9-5zM3 8v8l9 5 9-5V8M12 13v8" />
    </svg>
  );
}

export function KindIcon({ kind }: { kind: CourseItemKind }) {
  if (kind === 'lesson') return <LessonIcon />;
  if (kind === 'quiz') return <QuizIcon />;
  return <ActivityIcon />;
}

export function DoneIcon() {
  return (
    <svg {...common}>
      <circle cx="12" cy="12" r="10" fill="currentColor" />
      <path d="m7.5 12.5 3 3 6-6.5" fill="none" stroke="#ffffff" strokeWidth="2.25" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export function TodoIcon() {
  return (
    <svg {...common}>
      <circle {...stroke} cx="12" cy="12" r="9.5" strokeWidth="1.75" />
    </svg>
  );
}

export function CheckIcon() {
  return (
    <svg {...common} width={18} height={18}>
      <path {...stroke} strokeWidth={2.5} d="m5 12.5 4.5 4.5L19 7.5" />
    </svg>
  );
}

export function BackIcon() {
  return (
    <svg {...common} width={20} height={20}>
      <path {...stroke} d="M15 5 8 12l7 7" />
    </svg>
  );
}

export function ForwardIcon() {
  return (
    <svg {...common} width={20} height={20}>
      <path {...stroke} d="m9 5 7 7-7 7" />
    </svg>
  );
}

export function ClockIcon() {
  return (
    <svg {...common} width={18} height={18}>
      <circle {...stroke} cx="12" cy="12" r="9" />
      <path {...stroke} d="M12 7v5l3 2" />
    </svg>
  );
}

export function DownloadIcon() {
  return (
    <svg {...common}>
      <path {...stroke} d="M12 4v11M7 10.5l5 5 5-5M5 20h14" />
    </svg>
  );
}
