import { Textarea, type TextareaProps } from '@mantine/core';
import { charCount } from '../../shared/validation/text';

/** A textarea that shows "已输入 n / max 字" under the seed's hint, turning red past the limit. */
export function CharCountTextarea({ max, description, value, ...props }: TextareaProps & { max: number; value?: string }) {
  const count = charCount(String(value ?? ''));
  return (
    <Textarea
      autosize
      minRows={3}
      maxRows={10}
      value={value}
      description={
        <span>
          {description}
          {description ? '；' : ''}
          <span style={{ color: count > max ? 'var(--mantine-color-red-7)' : undefined }}>
            已输入 {count} / {max} 字
          </span>
        </span>
      }
      {...props}
    />
  );
}
