import type { AttachmentView } from '@lms/contracts';
import { useT } from '../../../lib/i18n';
import { FilePicker } from '../../../staff/components/file-picker';
import { WriteErrorAlert } from '../../../staff/components/write-error-alert';
import { useUploadAttachment } from '../api/lesson';

/** The picture types the server keeps with phone-sized renditions (it refuses others, SVG included, with 415). */
const IMAGE_TYPES = 'image/png,image/jpeg,image/webp,image/gif';

/** "Add a picture": uploads it to the lesson, then hands the attachment back to be put in the text. */
export function LessonImageUpload({ lessonId, onUploaded }: { lessonId: string; onUploaded: (attachment: AttachmentView) => void }) {
  const t = useT();
  const upload = useUploadAttachment(lessonId);
  return (
    <div className="stack">
      <FilePicker label={upload.isPending ? t('staff.editor.lesson.uploading') : t('staff.editor.lesson.addImage')} accept={IMAGE_TYPES} filename={upload.variables?.name} onFile={(file) => upload.mutate(file, { onSuccess: onUploaded })} />
      <WriteErrorAlert error={upload.error} byStatus={{ 415: 'staff.editor.lesson.imageType', 413: 'staff.editor.lesson.imageTooBig' }} />
    </div>
  );
}
