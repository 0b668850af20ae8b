import { IntersectionType } from '@nestjs/swagger';
import { PageQueryDto } from '@lms/server-core';
import { ReportFilterDto } from '../dtos/report-filter.dto';

/** GET /reports/overdue: the summary's filters (so the list is the summary's overdue figure, person by person), and a page. */
export class OverdueQueryDto extends IntersectionType(ReportFilterDto, PageQueryDto) {}
