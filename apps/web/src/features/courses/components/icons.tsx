import type { CourseItemKind } from '@lms/contracts';
import { Icon } from '../../../components/ui';

export const LessonIcon = () => (
  <Icon>
    <path d="M6 3h9l4 4v14H6z" />
    <path d="M9 11h7M9 15h7M9 7h3" />
  </Icon>
);

export const QuizIcon = () => (
  <Icon>
    <rect x="4" y="3" width="16" height="18" rx="2" />
    <path d="m8 9 1.5 1.5L12 8M8 15l1.5 1.5L12 14M14.5 9.5H17M14.5 15.5H17" />
  </Icon>
);

export const ActivityIcon = () => (
  <Icon>
    <path d="M12 3 3 8l9 5 9-5zM3 8v8l9 5 9-5V8M12 13v8" />
  </Icon>
);

export function KindIcon({ kind }: { kind: CourseItemKind }) {
  if (kind === 'lesson') return <LessonIcon />;
  if (kind === 'quiz') return <QuizIcon />;
  return <ActivityIcon />;
}

export const DoneIcon = () => (
  <Icon>
    <circle cx="12" cy="12" r="10" fill="currentColor" stroke="none" />
    <path d="m7.5 12.5 3 3 6-6.5" stroke="#ffffff" strokeWidth="2.25" />
  </Icon>
);

export const TodoIcon = () => (
  <Icon>
    <circle cx="12" cy="12" r="9.5" strokeWidth="1.75" />
  </Icon>
);

export const CheckIcon = () => (
  <Icon size={18}>
    <path strokeWidth={2.5} d="m5 12.5 4.5 4.5L19 7.5" />
  </Icon>
);

export const BackIcon = () => (
  <Icon size={20}>
    <path d="M15 5 8 12l7 7" />
  </Icon>
);

export const ForwardIcon = () => (
  <Icon size={20}>
    <path d="m9 5 7 7-7 7" />
  </Icon>
);

export const ClockIcon = () => (
  <Icon size={18}>
    <circle cx="12" cy="12" r="9" />
    <path d="M12 7v5l3 2" />
  </Icon>
);

export const DownloadIcon = () => (
  <Icon>
    <path d="M12 4v11M7 10.5l5 5 5-5M5 20h14" />
  </Icon>
);
