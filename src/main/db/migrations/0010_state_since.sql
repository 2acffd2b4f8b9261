ALTER TABLE `applications` ADD `state_since` text;--> statement-breakpoint
CREATE INDEX `applications_state_since` ON `applications` (`state`,`state_since`);--> statement-breakpoint
-- Databases made before this column: the last change is the best known start of the current state.
UPDATE `applications` SET `state_since` = `updated_at`;
