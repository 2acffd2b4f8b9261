import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { InputOf } from '../../../shared/api';
import type { z } from '../../../shared/zod';
import { api } from '../../api/client';
import { reportError } from '../../forms/errors';

type SettingsChanges = InputOf<'settings.update'>;

/** A settings card's form: validated by the contract's schema, saved with settings.update, confirmed in words. */
export function useSettingsForm<T extends SettingsChanges>(initialValues: T, schema: z.ZodType, savedMessage: string) {
  const [saving, setSaving] = useState(false);
  const form = useForm<T>({
    mode: 'controlled',
    initialValues,
    validate: schemaResolver(schema, { sync: true }),
    validateInputOnBlur: true,
  });
  const submit = form.onSubmit(async (values) => {
    setSaving(true);
    try {
      await api.call('settings.update', values);
      notifications.show({ color: 'green', message: savedMessage });
    } catch (error) {
      reportError(error, form);
    } finally {
      setSaving(false);
    }
  });
  return { form, submit, saving };
}
