export { Alert, LiveRegion, type AlertProps } from './alert';
export { Button, type ButtonProps } from './button';
export { Card, type CardProps } from './card';
export { SelectField, type SelectFieldProps } from './select-field';
export { TextField, type TextFieldProps } from './text-field';
export { Loading, LoadError } from './load-states';
export { Icon } from './icon';
export { TextArea, type TextAreaProps } from './text-area';
