/** The in-app browser of USB drives: cadres only, and never outside the listed drives. */
import type { Drive, DriveFile, DriveFolder } from '../schemas/drives'
import { DriveBrowseInput, DriveReadInput, DriveWriteInput } from '../schemas/drives'
import { method, None } from './define'

const CADRES = ['clerk', 'supervisor', 'admin'] as const

export const drivesApi = {
  'drives.list': method(None, CADRES).returns<{ drives: Drive[] }>(),
  'drives.browse': method(DriveBrowseInput, CADRES).returns<DriveFolder>(),
  'drives.read': method(DriveReadInput, CADRES).returns<DriveFile>(),
  /** Saves a made file (export, PDF) into a picked folder: temp → fsync → rename. */
  'drives.write': method(DriveWriteInput, CADRES).returns<{ path: string }>(),
} as const

export type DrivesMethod = keyof typeof drivesApi
