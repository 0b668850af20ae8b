export type DependencyState = 'up' | 'down';

export interface HealthReport {
  status: 'ok' | 'degraded';
  db: DependencyState;
  redis: DependencyState;
}
