import { ApiProperty } from '@nestjs/swagger';
import { CountedPeriodDto, PolicySourceDto } from '../eligibility/policy-sources.response.dto.js';

/** One consenting student against the school's requirement. */
export class StudentCreditDto {
  @ApiProperty({ example: 'v1' })
  volunteerId!: string;

  @ApiProperty({ example: '张小青' })
  name!: string;

  @ApiProperty({ example: '5b1d8c9e-2f47-5a3b-8e6d-41c0f9a7b2d8' })
  consentId!: string;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    example: '2027-07-01T00:00:00+08:00',
    description: 'When the consent ends; null: until revoked',
  })
  consentUntil!: string | null;

  @ApiProperty({ type: 'integer', example: 120, description: 'Confirmed minutes in the period' })
  minutes!: number;

  @ApiProperty({ type: 'integer', example: 0 })
  credits!: number;

  @ApiProperty({ example: true })
  meetsRequirement!: boolean;

  @ApiProperty({ type: 'integer', example: 0, description: 'Minutes still missing for the requirement' })
  missing!: number;

  @ApiProperty({ type: [String], description: 'The ledger entries (session ids) behind the minutes' })
  evidence!: string[];
}

/** What a school sees: its consenting students, the requirement and the policy version that judged them. */
export class StudentCreditsResponseDto {
  @ApiProperty({ example: 'no2' })
  schoolId!: string;

  @ApiProperty({ example: 'school-service-credit' })
  policyId!: string;

  @ApiProperty({ type: 'integer', example: 1 })
  version!: number;

  @ApiProperty({ type: [PolicySourceDto] })
  sources!: PolicySourceDto[];

  @ApiProperty({ type: 'integer', example: 100 })
  requiredMinutes!: number;

  @ApiProperty({ type: 'integer', example: 2880 })
  minutesPerCredit!: number;

  @ApiProperty({ type: 'integer', example: 1 })
  maxCredits!: number;

  @ApiProperty({ type: CountedPeriodDto, nullable: true })
  period!: CountedPeriodDto | null;

  @ApiProperty({ format: 'date-time', example: '2026-07-10T09:00:00.000Z' })
  asOf!: string;

  @ApiProperty({ type: [StudentCreditDto] })
  students!: StudentCreditDto[];

  @ApiProperty({ type: 'integer', example: 15, description: 'The read model’s position the answer reflects' })
  position!: number;
}
