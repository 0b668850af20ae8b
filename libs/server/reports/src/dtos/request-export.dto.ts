import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { EXPORT_FORMATS, EXPORT_KINDS, type ExportFormat, type ExportKind } from '@lms/contracts';
import { ReportFilterDto } from './report-filter.dto';

/** POST /reports/exports: what to export, in which format, with the summary's filters (the unit, too, defaults to the asker's own). */
export class RequestExportDto extends ReportFilterDto {
  @ApiProperty({ enum: EXPORT_KINDS })
  @IsIn(EXPORT_KINDS)
  kind!: ExportKind;

  @ApiProperty({ enum: EXPORT_FORMATS })
  @IsIn(EXPORT_FORMATS)
  format!: ExportFormat;
}
