import { Icon } from '../../../components/ui';

export const UpIcon = () => (
  <Icon size={20}>
    <path d="M12 19V5M5 12l7-7 7 7" />
  </Icon>
);

export const DownIcon = () => (
  <Icon size={20}>
    <path d="M12 5v14M19 12l-7 7-7-7" />
  </Icon>
);

/** Six dots: a row the mouse can pick up and drag. */
export const GripIcon = () => (
  <Icon size={20}>
    <path d="M9 6h.01M15 6h.01M9 12h.01M15 12h.01M9 18h.01M15 18h.01" strokeWidth={3} />
  </Icon>
);
