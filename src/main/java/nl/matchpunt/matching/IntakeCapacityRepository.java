package nl.matchpunt.matching;

import org.springframework.data.jpa.repository.JpaRepository;

interface IntakeCapacityRepository extends JpaRepository<IntakeCapacity, Long> {}
