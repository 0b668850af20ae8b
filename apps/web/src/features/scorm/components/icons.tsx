import { Icon } from '../../../components/ui';

export const BackIcon = () => (
  <Icon size={20}>
    <path d="M15 5 8 12l7 7" />
  </Icon>
);
