ALTER TABLE `notices` ADD `origin` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `notices` ADD `seq` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Notices queued before this release: their event's origin and sequence number, as a rebuild would set them.
UPDATE `notices` SET
	`origin` = (SELECT `workstation_id` FROM `events` WHERE `type` = 'NoticeQueued' AND json_extract(`payload`, '$.noticeId') = `notices`.`id`),
	`seq` = (SELECT `seq` FROM `events` WHERE `type` = 'NoticeQueued' AND json_extract(`payload`, '$.noticeId') = `notices`.`id`)
WHERE EXISTS (SELECT 1 FROM `events` WHERE `type` = 'NoticeQueued' AND json_extract(`payload`, '$.noticeId') = `notices`.`id`);
