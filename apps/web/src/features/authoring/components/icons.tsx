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
